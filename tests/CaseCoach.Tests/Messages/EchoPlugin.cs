using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Plugins;
using CaseCoach.Bot.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.Messages;

/// <summary>A plugin that exists only in tests, to drive the invoke pipeline without a workflow.</summary>
public sealed class EchoPlugin : IBotPlugin
{
    public string Name => "echo";

    public void Register(PluginRegistration registration) => registration
        .Verb<EchoHandler>("echo.who")
        .Verb<FailingHandler>("echo.fail");

    public static void AddTo(IServiceCollection services)
    {
        services.AddSingleton<IBotPlugin, EchoPlugin>();
        services.AddScoped<EchoHandler>();
        services.AddScoped<FailingHandler>();
    }

    /// <summary>Answers with a card naming the caller as the pipeline knows them, and posts a chat message.</summary>
    public sealed class EchoHandler : ICardActionHandler
    {
        public Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
        {
            turn.SendText("echoed");
            var card = JsonSerializer.SerializeToElement(new
            {
                type = "AdaptiveCard",
                version = "1.5",
                body = new[] { new { type = "TextBlock", text = $"caller={turn.UserAadObjectId};item={turn.DataString("itemId")}" } },
            });
            return Task.FromResult(InvokeResponse.Card(card));
        }
    }

    public sealed class FailingHandler : ICardActionHandler
    {
        public Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
        {
            turn.SendText("this must never be sent");
            throw new InvalidOperationException("secret internal detail");
        }
    }
}

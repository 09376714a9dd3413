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
        .Verb<FailingHandler>("echo.fail")
        .Verb<ConflictingHandler>("echo.conflict")
        .Command<FailingCommand>("echo fail", "help-help");

    public static void AddTo(IServiceCollection services)
    {
        services.AddSingleton<IBotPlugin, EchoPlugin>();
        services.AddScoped<EchoHandler>();
        services.AddScoped<FailingHandler>();
        services.AddScoped<ConflictingHandler>();
        services.AddScoped<FailingCommand>();
    }

    /// <summary>A chat command with a bug: nothing catches it on the way out.</summary>
    public sealed class FailingCommand : IChatCommandHandler
    {
        public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("secret internal detail");
    }

    /// <summary>Always meets someone else's change, as a row hammered by another instance would; counts its runs.</summary>
    public sealed class ConflictingHandler : ICardActionHandler
    {
        public static int Runs;

        public Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Runs);
            throw new Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException("stale version");
        }
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

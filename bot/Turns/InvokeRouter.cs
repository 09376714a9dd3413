using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Plugins;
using CaseCoach.Cards.Text;

namespace CaseCoach.Bot.Turns;

/// <summary>
/// Validates an adaptiveCard/action invoke as the SDK does and dispatches it by exact verb. Invokes
/// are answered in the same HTTP exchange, so a handler gets a bounded time and any failure becomes
/// an error invoke response (the user sees a message, never "Something went wrong" with no reason).
/// </summary>
public sealed class InvokeRouter(PluginCatalog catalog, IServiceProvider services, ITextRenderer texts, TimeProvider time, ILogger<InvokeRouter> logger)
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>Teams documents 5 s for invokes and 15 s before it redelivers; stay well inside.</summary>
    public static readonly TimeSpan HandlerTimeout = TimeSpan.FromSeconds(10);

    public async Task<(TurnContext Turn, TurnOutcome Outcome)> RouteAsync(Activity activity, CancellationToken cancellationToken)
    {
        var plain = new TurnContext(activity);
        if (activity.Name != AdaptiveCardAction)
            return (plain, TurnOutcome.UnsupportedInvoke);

        if (Validate(activity) is { } invalid)
            return (plain, TurnOutcome.ForInvoke(invalid));

        var action = activity.Value!.Value.GetProperty("action");
        var verb = action.GetProperty("verb").GetString()!;
        var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : EmptyObject;
        var turn = new CardActionTurn(activity, verb, data);

        if (catalog.FindVerbHandler(verb) is not { } handlerType)
        {
            Log.UnknownVerb(logger, verb);
            return (turn, TurnOutcome.ForInvoke(InvokeResponse.Error(400, "BadRequest", texts.Render(new ButtonUnsupportedText()))));
        }

        using var timeout = new CancellationTokenSource(HandlerTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var handler = (ICardActionHandler)services.GetRequiredService(handlerType);
            return (turn, TurnOutcome.ForInvoke(await handler.HandleAsync(turn, linked.Token)));
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Log.HandlerTimedOut(logger, verb);
            return (turn, TurnOutcome.ForInvoke(InvokeResponse.Error(503, "Timeout", texts.Render(new TurnTimedOutText()))));
        }
        catch (Exception e) when (e is not OperationCanceledException && !IsConcurrentChange(e))
        {
            Log.HandlerFailed(logger, verb, e);
            return (turn, TurnOutcome.ForInvoke(InvokeResponse.Error(500, "InternalError", texts.Render(new TurnFailedText()))));
        }
    }

    /// <summary>
    /// A card action whose verb its plugin declared read-only: its redelivery has no effect to repeat, so the turn runs
    /// it again instead of looking in the journal for the first answer (one database read fewer per click, issue 14).
    /// </summary>
    public bool IsReadOnly(Activity activity) =>
        activity is { Type: "invoke", Name: AdaptiveCardAction } && Validate(activity) is null
        && catalog.IsReadOnlyVerb(activity.Value!.Value.GetProperty("action").GetProperty("verb").GetString()!);

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>The SDK's checks before a handler runs (ActivityHandler.OnAdaptiveCardInvokeAsync); protocol errors for the client, not people.</summary>
    private static InvokeResponse? Validate(Activity activity)
    {
        if (activity.Value is not { } value || value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
            return InvokeResponse.Error(400, "BadRequest", "Missing value property.");
        if (value.ValueKind != JsonValueKind.Object)
            return InvokeResponse.Error(400, "BadRequest", "The value property is not an object.");
        if (!value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
            return InvokeResponse.Error(400, "BadRequest", "Missing action property.");
        if (!action.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Action.Execute")
            return InvokeResponse.Error(400, "NotSupported", "Only Action.Execute is supported.");
        if (!action.TryGetProperty("verb", out var verb) || verb.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(verb.GetString()))
            return InvokeResponse.Error(400, "BadRequest", "The action has no verb.");
        return null;
    }

    /// <summary>Left to the turn processor, which runs the turn again on what the other change committed.</summary>
    private static bool IsConcurrentChange(Exception e) =>
        e is Microsoft.EntityFrameworkCore.DbUpdateException update && CaseCoach.Core.Persistence.ConcurrentChange.Is(update);
}

using CaseCoach.Bot.Connector.Schema;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Turns;

/// <summary>
/// Runs one authenticated activity: answers a redelivery from the journal, routes by type to the
/// owning plugin, and commits the turn's effects in one transaction.
/// </summary>
public sealed class TurnProcessor(
    ITurnJournal journal,
    MessageRouter messages,
    InvokeRouter invokes,
    InstallationHandler installations,
    ILogger<TurnProcessor> logger)
{
    public async Task<TurnOutcome> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var gate = await ConversationGate.EnterAsync(activity.Conversation?.Id, cancellationToken);
        try
        {
            return await ProcessOnceAsync(activity, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another turn changed the same rows first (Teams sends conversationUpdate and
            // installationUpdate together on install): run once more on what it committed.
            Log.RetriedAfterConflict(logger, activity.Type);
            journal.Discard();
            return await ProcessOnceAsync(activity, cancellationToken);
        }
    }

    private async Task<TurnOutcome> ProcessOnceAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = TurnKey.From(activity);
        if (key is not null && await journal.FindProcessedAsync(key, cancellationToken) is { } earlier)
        {
            Log.Redelivered(logger, activity.Type);
            return earlier;
        }

        TurnContext turn = new(activity);
        TurnOutcome outcome;
        switch (activity.Type)
        {
            case "message":
                outcome = await messages.RouteAsync(turn, cancellationToken);
                break;
            case "invoke":
                (turn, outcome) = await invokes.RouteAsync(activity, cancellationToken);
                break;
            case "conversationUpdate" or "installationUpdate":
                outcome = await installations.HandleAsync(turn, cancellationToken);
                break;
            default:
                // Receivers must accept activity types they do not understand (activity spec A2006).
                outcome = TurnOutcome.Ok;
                break;
        }

        if (outcome.HttpStatus != StatusCodes.Status200OK || outcome.Invoke is { StatusCode: >= 500 })
            return outcome; // nothing to commit: a failed turn changes nothing and may be retried

        return await journal.CommitAsync(key, turn, outcome, cancellationToken);
    }
}

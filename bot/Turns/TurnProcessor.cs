using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Cards.Text;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Turns;

/// <summary>
/// Runs one authenticated activity: answers a redelivery from the journal, routes by type to the
/// owning plugin, and commits the turn's effects in one transaction.
/// </summary>
public sealed class TurnProcessor(
    CaseCoachDbContext db,
    ITurnJournal journal,
    MessageRouter messages,
    InvokeRouter invokes,
    InstallationHandler installations,
    ITextRenderer texts,
    ILogger<TurnProcessor> logger)
{
    /// <summary>A turn that keeps conflicting runs this often in all before it is answered "someone else changed this".</summary>
    public const int MaxAttempts = 5;

    public async Task<TurnOutcome> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        // Span names stay a fixed set whatever type a caller sends.
        using var span = CaseCoachTelemetry.Source.StartActivity(
            activity.Type is "message" or "invoke" or "conversationUpdate" or "installationUpdate" ? "turn " + activity.Type : "turn other");
        using var gate = await ConversationGate.EnterAsync(activity.Conversation?.Id, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ProcessOnceAsync(activity, cancellationToken);
            }
            catch (DbUpdateException e) when (ConcurrentChange.Is(e))
            {
                // Another turn changed the same rows first (Teams sends conversationUpdate and installationUpdate
                // together on install; two instances share the database): run again on what it committed.
                journal.Discard();
                if (attempt == MaxAttempts)
                {
                    Log.GaveUpAfterConflicts(logger, activity.Type, attempt);
                    return activity.Type == "invoke"
                        ? TurnOutcome.ForInvoke(InvokeResponse.Error(StatusCodes.Status409Conflict, "Conflict", texts.Render(new TurnConflictedText())))
                        : new TurnOutcome(StatusCodes.Status409Conflict, null);
                }

                Log.RetriedAfterConflict(logger, activity.Type, attempt);
                await Task.Delay(Backoff(attempt), cancellationToken);
            }
        }
    }

    /// <summary>10, 20, 40, 80 ms plus up to as much again at random, so two colliding turns part ways.</summary>
    private static TimeSpan Backoff(int attempt)
    {
        var baseMs = 10 << (attempt - 1);
        return TimeSpan.FromMilliseconds(baseMs + Random.Shared.Next(baseMs));
    }

    private async Task<TurnOutcome> ProcessOnceAsync(Activity activity, CancellationToken cancellationToken)
    {
        // A read-only verb's reads share one open connection (issue 14: a card refresh opened six). Not the turns that
        // write: side by side, 32 reviewers saving at once read 378-537 requests/s with it against 440-621 without.
        var readOnly = invokes.IsReadOnly(activity);
        await using var reads = readOnly ? db.Share() : default;
        var key = TurnKey.From(activity);
        if (key is not null && !readOnly && await journal.FindProcessedAsync(key, cancellationToken) is { } earlier)
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

using CaseCoach.Bot.Outbound;
using System.Text.Json;
using CaseCoach.Bot.Connector.Http;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Core.Conversations;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Turns;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Turns;

/// <summary>
/// The turn's unit of work on the database. The unique (conversation id, activity id) key of
/// <see cref="ProcessedActivity"/> makes the database the arbiter when Teams redelivers an activity
/// while the first delivery is still running: exactly one commit wins.
/// </summary>
public sealed class TurnJournal(
    CaseCoachDbContext db, OutboxWriter outbox, TimeProvider time, SeenConversations seen, ILogger<TurnJournal> logger) : ITurnJournal
{
    /// <summary>How often an unchanged conversation's last-seen stamp is written (see <see cref="ConversationRecord.Seen"/>).</summary>
    public static readonly TimeSpan ConversationStampEvery = TimeSpan.FromHours(1);

    public async Task<TurnOutcome?> FindProcessedAsync(TurnKey key, CancellationToken cancellationToken)
    {
        var processed = await TurnQueries.ProcessedAsync(db, key.ConversationId, key.ActivityId, cancellationToken);
        return processed is null ? null : Deserialize(processed);
    }

    public async Task<TurnOutcome> CommitAsync(TurnKey? key, TurnContext turn, TurnOutcome outcome, CancellationToken cancellationToken)
    {
        var reference = turn.Reference;
        await RefreshCoordinatesAsync(turn, cancellationToken);
        foreach (var ((activity, target), index) in turn.Outgoing.Select((o, i) => (o, i)))
        {
            // The idempotency key ties each reply to the delivery that caused it.
            var idempotencyKey = OutboxKeys.ForReply(key?.ConversationId ?? reference.ConversationId, key?.ActivityId ?? Guid.NewGuid().ToString("N"), index);
            outbox.Enqueue(TeamsOutbox.MessageKind, idempotencyKey, TeamsOutbox.MessagePayload(target, activity));
        }

        // A read-only turn (no state change, nothing to send) writes no journal row: run again on redelivery it has the same
        // (lack of) effect, and skipping the write keeps it off SQLite's one writer (issue 14).
        if (!db.ChangeTracker.HasChanges())
            return outcome;

        if (key is not null)
            db.ProcessedActivities.Add(ProcessedActivity.Record(key.ConversationId, key.ActivityId, outcome.HttpStatus,
                outcome.Invoke is null ? null : JsonSerializer.Serialize(outcome.Invoke, BotJson.Options), time.GetUtcNow()));

        try
        {
            await db.SaveTurnAsync(cancellationToken);
            return outcome;
        }
        catch (DbUpdateException) when (key is not null)
        {
            db.ChangeTracker.Clear();
            if (await FindProcessedAsync(key, cancellationToken) is { } earlier)
            {
                Log.LostRace(logger);
                return earlier;
            }
            throw;
        }
    }

    public void Discard() => db.ChangeTracker.Clear();

    /// <summary>serviceUrl is "stable but can change": every authenticated activity carries the current one.</summary>
    private async Task RefreshCoordinatesAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        // In a channel anyone may speak; only a 1:1 conversation belongs to the person who sent the activity.
        if (ConversationCoordinatesOf.Activity(turn.Activity) is not { ConversationType: "personal" or null } coordinates) return;
        var now = time.GetUtcNow();
        var record = db.Conversations.Local.SingleOrDefault(c => c.ChannelId == coordinates.ChannelId && c.ConversationId == coordinates.ConversationId);
        if (record is null && seen.IsCurrent(coordinates, now, ConversationStampEvery)) return; // nothing would change
        record ??= await TurnQueries.ConversationAsync(db, coordinates.ChannelId, coordinates.ConversationId, cancellationToken);
        if (record is null || db.Entry(record).State == EntityState.Deleted) return;
        if (record.Seen(coordinates, now, ConversationStampEvery) || db.Entry(record).State != EntityState.Unchanged)
            seen.Changing(coordinates);
        else
            seen.Read(record);
    }

    private static TurnOutcome Deserialize(ProcessedActivity processed) => new(
        processed.ResponseStatus,
        processed.ResponseJson is null ? null : JsonSerializer.Deserialize<InvokeResponse>(processed.ResponseJson, BotJson.Options));
}

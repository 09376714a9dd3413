using System.Text.Json;
using CaseCoach.Bot.Connector.Http;
using CaseCoach.Bot.Connector.Schema;
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
public sealed class TurnJournal(CaseCoachDbContext db, OutboxWriter outbox, TimeProvider time, ILogger<TurnJournal> logger) : ITurnJournal
{
    public async Task<TurnOutcome?> FindProcessedAsync(TurnKey key, CancellationToken cancellationToken)
    {
        var processed = await db.ProcessedActivities.AsNoTracking()
            .SingleOrDefaultAsync(p => p.ConversationId == key.ConversationId && p.ActivityId == key.ActivityId, cancellationToken);
        return processed is null ? null : Deserialize(processed);
    }

    public async Task<TurnOutcome> CommitAsync(TurnKey? key, TurnContext turn, TurnOutcome outcome, CancellationToken cancellationToken)
    {
        var reference = turn.Reference;
        foreach (var (activity, index) in turn.Outgoing.Select((a, i) => (a, i)))
        {
            // The idempotency key ties each reply to the delivery that caused it.
            var idempotencyKey = $"reply:{key?.ConversationId ?? reference.ConversationId}:{key?.ActivityId ?? Guid.NewGuid().ToString("N")}:{index}";
            outbox.Add(TeamsOutbox.Message(reference, activity, idempotencyKey));
        }

        if (key is not null)
            db.ProcessedActivities.Add(ProcessedActivity.Record(key.ConversationId, key.ActivityId, outcome.HttpStatus,
                outcome.Invoke is null ? null : JsonSerializer.Serialize(outcome.Invoke, BotJson.Options), time.GetUtcNow()));

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            await strategy.ExecuteAsync(ct => db.SaveChangesAsync(ct), cancellationToken);
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

    private static TurnOutcome Deserialize(ProcessedActivity processed) => new(
        processed.HttpStatus,
        processed.ResponseJson is null ? null : JsonSerializer.Deserialize<InvokeResponse>(processed.ResponseJson, BotJson.Options));
}

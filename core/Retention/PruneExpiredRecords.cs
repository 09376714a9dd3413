using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Retention;

public sealed record PruneResult(int ProcessedActivities, int DeliveredOutbox);

/// <summary>
/// Deletes processed-activity records and delivered outbox rows older than their windows, in bounded set-based
/// batches: no row is loaded into memory, and each statement is short. Safe to repeat and on two instances at once
/// (a row deleted by the other instance is simply not counted).
/// </summary>
public sealed class PruneExpiredRecords(CaseCoachDbContext db)
{
    public async Task<PruneResult> RunOnceAsync(DateTimeOffset now, RetentionOptions options, CancellationToken cancellationToken)
    {
        var activitiesBefore = now - options.ProcessedActivities;
        var outboxBefore = now - options.DeliveredOutbox;
        var activities = await InBatchesAsync(options, ct => db.ProcessedActivities
            .Where(p => p.CreatedAt < activitiesBefore).OrderBy(p => p.Id).Take(options.BatchSize)
            .ExecuteDeleteAsync(ct), cancellationToken);
        var outbox = await InBatchesAsync(options, ct => db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Delivered && m.DeliveredAt < outboxBefore).OrderBy(m => m.Id).Take(options.BatchSize)
            .ExecuteDeleteAsync(ct), cancellationToken);
        return new PruneResult(activities, outbox);
    }

    private static async Task<int> InBatchesAsync(RetentionOptions options, Func<CancellationToken, Task<int>> deleteBatch, CancellationToken cancellationToken)
    {
        var total = 0;
        for (var batch = 0; batch < options.MaxBatchesPerRun; batch++)
        {
            var deleted = await deleteBatch(cancellationToken);
            total += deleted;
            if (deleted < options.BatchSize) break;
        }
        return total;
    }
}

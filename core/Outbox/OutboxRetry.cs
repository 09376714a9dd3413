using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Outbox;

/// <summary>
/// `outbox retry`: failed rows get a fresh retry budget and are due now, so the dispatcher delivers them again
/// (by any channel their kind has). The reason stays on the row until an attempt replaces it.
/// </summary>
public sealed class OutboxRetry(CaseCoachDbContext db, TimeProvider time)
{
    /// <param name="id">One row, or every failed row when null.</param>
    /// <returns>How many rows will be tried again.</returns>
    public Task<int> RetryAsync(long? id, CancellationToken cancellationToken) =>
        db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Failed && (id == null || m.Id == id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, time.GetUtcNow())
                .SetProperty(m => m.ClaimedBy, (string?)null)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
}

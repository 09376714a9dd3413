using System.Linq.Expressions;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace CaseCoach.Core.Outbox;

/// <summary>
/// The outbox row's state machine as conditional set-based updates. Each update names the state it
/// expects; "0 rows" means another instance got there first, and this one lets go.
/// </summary>
internal sealed class OutboxClaims(CaseCoachDbContext db, string owner)
{
    /// <summary>Claims up to <paramref name="batchSize"/> due rows; returns the claimed rows as stored.</summary>
    public async Task<List<OutboxMessage>> ClaimDueAsync(
        DateTimeOffset now, TimeSpan lease, int batchSize, CancellationToken cancellationToken)
    {
        var candidates = await db.OutboxMessages.AsNoTracking()
            .Where(IsDue(now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(batchSize)
            .ToListAsync(cancellationToken);

        var leaseUntil = now + lease;
        var claimed = new List<long>(candidates.Count);
        try
        {
            foreach (var id in candidates)
            {
                var rows = await db.OutboxMessages
                    .Where(m => m.Id == id)
                    .Where(IsDue(now))
                    .ExecuteUpdateAsync(
                        s => s.SetProperty(m => m.Status, OutboxStatus.InFlight)
                            .SetProperty(m => m.ClaimedBy, owner)
                            .SetProperty(m => m.LeaseUntil, leaseUntil)
                            .SetProperty(m => m.Attempts, m => m.Attempts + 1),
                        cancellationToken);
                if (rows == 1)
                {
                    claimed.Add(id);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // A claim may have committed even though its call was cancelled: give back all of them.
            await ReleaseAsync(candidates, attempted: false);
            throw;
        }

        return await db.OutboxMessages.AsNoTracking()
            .Where(m => claimed.Contains(m.Id) && m.ClaimedBy == owner && m.Status == OutboxStatus.InFlight)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
    }

    public Task<bool> MarkDeliveredAsync(long id, string? externalId, DateTimeOffset now) =>
        UpdateOwnedAsync(id, s => s.SetProperty(m => m.Status, OutboxStatus.Delivered)
            .SetProperty(m => m.DeliveredAt, now)
            .SetProperty(m => m.ExternalId, externalId)
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.LastError, (string?)null));

    public Task<bool> RescheduleAsync(long id, DateTimeOffset nextAttemptAt, string reason) =>
        UpdateOwnedAsync(id, s => s.SetProperty(m => m.Status, OutboxStatus.Pending)
            .SetProperty(m => m.NextAttemptAt, nextAttemptAt)
            .SetProperty(m => m.LastError, Truncate(reason))
            .SetProperty(m => m.ClaimedBy, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null));

    public Task<bool> MarkFailedAsync(long id, string reason) =>
        UpdateOwnedAsync(id, s => s.SetProperty(m => m.Status, OutboxStatus.Failed)
            .SetProperty(m => m.LastError, Truncate(reason))
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null));

    /// <summary>
    /// Gives claimed rows back on shutdown so a restarted dispatcher need not wait out the lease.
    /// A row never handed to its deliverer gets its attempt back.
    /// </summary>
    public Task<int> ReleaseAsync(IReadOnlyCollection<long> ids, bool attempted)
    {
        var unusedAttempt = attempted ? 0 : 1;
        return db.OutboxMessages
            .Where(m => ids.Contains(m.Id) && m.ClaimedBy == owner && m.Status == OutboxStatus.InFlight)
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Pending)
                    .SetProperty(m => m.ClaimedBy, (string?)null)
                    .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
                    .SetProperty(m => m.Attempts, m => m.Attempts - unusedAttempt),
                CancellationToken.None);
    }

    private static Expression<Func<OutboxMessage, bool>> IsDue(DateTimeOffset now) =>
        m => (m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
            || (m.Status == OutboxStatus.InFlight && m.LeaseUntil < now);

    // Outcomes are recorded even while the host is stopping: a delivery that happened must not be redone.
    private async Task<bool> UpdateOwnedAsync(
        long id, Action<UpdateSettersBuilder<OutboxMessage>> setters) =>
        await db.OutboxMessages
            .Where(m => m.Id == id && m.ClaimedBy == owner && m.Status == OutboxStatus.InFlight)
            .ExecuteUpdateAsync(setters, CancellationToken.None) == 1;

    private static string Truncate(string reason) =>
        reason.Length <= OutboxMessage.ErrorMaxLength ? reason : reason[..OutboxMessage.ErrorMaxLength];
}

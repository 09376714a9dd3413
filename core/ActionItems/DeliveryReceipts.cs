using CaseCoach.Core.Application;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// Writes a delivered notice's <see cref="DeliveryReceipt"/>s as fidelity events (R24). A receipt already on record
/// (the same notice to a second person, or a redelivery after a crash) is not written again. The caller commits.
/// </summary>
public sealed class DeliveryReceipts(CaseCoachDbContext db)
{
    public async Task AddAsync(IReadOnlyList<DeliveryReceipt> receipts, DateTimeOffset deliveredAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipts);
        foreach (var r in receipts)
        {
            var known = await db.Set<FidelityEvent>().AnyAsync(e => e.Kind == r.Kind && e.CaseId == r.CaseId
                && e.ActionItemId == r.ActionItemId && e.CoachingRecordId == r.CoachingRecordId && e.DueOn == r.DueOn, cancellationToken);
            if (!known)
                db.Add(FidelityEvent.Record(r.Kind, r.CaseId, deliveredAt, r.CoachingRecordId, r.ActionItemId, dueOn: r.DueOn));
        }
    }
}

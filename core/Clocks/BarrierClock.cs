using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Clocks;

/// <summary>
/// R19, R20: an open item with a reported barrier waits for the reviewer to extend it or escalate it (R22), by close
/// of business on the business day after its due date. A later barrier on the same item is a new hand-off.
/// </summary>
public sealed class BarrierClock(CaseCoachDbContext db, ClockPeople people, DebriefSupervisor debriefSupervisor) : IHandOffClock
{
    public HandOffStep Step => HandOffStep.Barrier;

    public async Task<IReadOnlyList<StalledHandOff>> WaitingAsync(HandOffContext context, CancellationToken cancellationToken)
    {
        var items = await db.Set<ActionItem>().AsNoTracking()
            .Where(i => i.Status == ActionItemStatus.Open && i.BarrierReportedAt >= context.Since)
            .Where(i => i.ExtendedAt == null || i.ExtendedAt < i.BarrierReportedAt).ToListAsync(cancellationToken);
        var caseIds = items.Select(i => i.CaseId).Distinct().ToList();
        var staffings = await InChunks.LoadAsync(caseIds, (chunk, ct) => db.Set<AccountabilityStaffing>().AsNoTracking().Where(s => chunk.Contains(s.CaseId)).ToListAsync(ct), cancellationToken);
        var recordIds = items.Select(i => i.CoachingRecordId).Distinct().ToList();
        var records = (await InChunks.LoadAsync(recordIds, (chunk, ct) => db.Set<CoachingRecord>().AsNoTracking().Where(c => chunk.Contains(c.Id))
            .Select(c => new { c.Id, c.ReviewerId, c.ReviewId }).ToListAsync(ct), cancellationToken)).ToDictionary(c => c.Id);
        var cases = (await InChunks.LoadAsync(caseIds, (chunk, ct) => db.Cases.AsNoTracking().Where(c => chunk.Contains(c.Id)).ToListAsync(ct), cancellationToken))
            .ToDictionary(c => c.Id);
        var reviewerIds = records.Values.Select(r => r.ReviewerId).Distinct().ToList();
        var reviewers = (await InChunks.LoadAsync(reviewerIds, (chunk, ct) => db.People.AsNoTracking().Where(p => chunk.Contains(p.Id)).ToListAsync(ct), cancellationToken))
            .ToDictionary(p => p.Id);
        var reviews = await people.ReviewsAsync(records.Values.Where(r => r.ReviewId != null).Select(r => r.ReviewId!.Value), cancellationToken);
        var waiting = new List<StalledHandOff>(items.Count);
        foreach (var item in items)
        {
            var escalatedAt = staffings.Where(s => s.ActionItemIds.Contains(item.Id)).Select(s => (DateTimeOffset?)s.EscalatedAt).Min();
            if (FidelityTimeframes.BarrierAddressedAt(item, escalatedAt) is not null) continue;
            var record = records[item.CoachingRecordId];
            var reviewer = reviewers[record.ReviewerId];
            var qa = record.ReviewId is { } reviewId && reviews.TryGetValue(reviewId, out var review)
                ? await people.QaSupervisorAsync(review, cancellationToken) : await debriefSupervisor.ForAsync(reviewer, cancellationToken);
            waiting.Add(new StalledHandOff(Step, $"{item.Id:N}-{item.BarrierReportedAt!.Value.UtcTicks}", cases[item.CaseId],
                context.BarrierAnswerDue(item), [reviewer], qa,
                ReviewId: record.ReviewId, CoachingRecordId: item.CoachingRecordId, ActionItemId: item.Id));
        }
        return waiting;
    }
}

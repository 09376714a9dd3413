using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Reports.Fidelity;

/// <summary>
/// Loads the timelines of the reviews completed in a period (in the viewer's scope): the session, the coaching
/// record, its action items and staffings. A quarter's reviews are bounded by the reviewers' capacity, so this
/// reads entities, not aggregates; the id lists are chunked to stay under SQL parameter limits.
/// </summary>
public sealed class TimelineLoader(CaseCoachDbContext db, ReviewFacts facts)
{
    private const int Chunk = 500;

    public async Task<IReadOnlyList<ReviewTimeline>> LoadAsync(ReportScope scope, Jurisdiction jurisdiction, ReportPeriod period, CancellationToken cancellationToken)
    {
        var reviews = await facts.Completed(scope, jurisdiction, period)
            .Select(r => new
            {
                r.Id, r.CaseId, r.Case.UnitId, CompletedAt = r.CompletedAt!.Value, r.DecidedAt, r.Decision, r.NotEnoughInformation,
                AllYes = r.Answers.All(a => a.Value != Answer.No && a.Value != Answer.NotEnoughInfo), HasStrengths = r.Strengths != "", HasOpportunities = r.Opportunities != "",
            })
            .ToListAsync(cancellationToken);
        var timelines = new List<ReviewTimeline>(reviews.Count);
        foreach (var chunk in reviews.Chunk(Chunk))
        {
            var ids = chunk.Select(r => r.Id).ToList();
            var caseIds = chunk.Select(r => r.CaseId).Distinct().ToList();
            var sessions = await db.Set<CoachingSession>().AsNoTracking().Where(s => ids.Contains(s.ReviewId)).ToListAsync(cancellationToken);
            var records = await db.Set<CoachingRecord>().AsNoTracking().Where(c => c.ReviewId != null && ids.Contains(c.ReviewId.Value)).ToListAsync(cancellationToken);
            var recordIds = records.Select(r => r.Id).ToList();
            var items = await db.Set<ActionItem>().AsNoTracking().Where(i => recordIds.Contains(i.CoachingRecordId)).ToListAsync(cancellationToken);
            var staffings = await db.Set<AccountabilityStaffing>().AsNoTracking().Where(s => caseIds.Contains(s.CaseId)).ToListAsync(cancellationToken);
            foreach (var r in chunk)
            {
                var record = records.Where(c => c.ReviewId == r.Id).OrderBy(c => c.RecordedAt).FirstOrDefault();
                var own = record is null ? [] : items.Where(i => i.CoachingRecordId == record.Id).ToList();
                var ownIds = own.Select(i => i.Id).ToHashSet();
                timelines.Add(new ReviewTimeline(r.Id, r.CaseId, r.UnitId, r.CompletedAt, r.DecidedAt, r.Decision, r.AllYes, r.NotEnoughInformation,
                    r.HasStrengths, r.HasOpportunities, sessions.Where(s => s.ReviewId == r.Id).OrderBy(s => s.BookedAt).FirstOrDefault(), record, own,
                    staffings.Where(s => s.ActionItemIds.Any(ownIds.Contains)).ToList()));
            }
        }
        return timelines;
    }
}

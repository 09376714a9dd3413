using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Clocks;

/// <summary>R7, R8: a submitted review waits for the debrief and the QA supervisor's decision; both hold the step.</summary>
public sealed class DecisionClock(CaseCoachDbContext db, ClockPeople people) : IHandOffClock
{
    public HandOffStep Step => HandOffStep.Decision;

    public async Task<IReadOnlyList<StalledHandOff>> WaitingAsync(HandOffContext context, CancellationToken cancellationToken)
    {
        var ids = await db.Reviews.Where(r => r.Status == ReviewStatus.Submitted && r.CompletedAt >= context.Since && r.Purpose == ReviewPurpose.Regular)
            .Select(r => r.Id).ToListAsync(cancellationToken);
        var waiting = new List<StalledHandOff>(ids.Count);
        foreach (var review in (await people.ReviewsAsync(ids, cancellationToken)).Values)
        {
            var qa = await people.QaSupervisorAsync(review, cancellationToken);
            waiting.Add(new StalledHandOff(Step, review.Id.ToString(), review.Case, context.DecisionDue(review.CompletedAt!.Value),
                qa is null ? [review.Reviewer] : [qa, review.Reviewer], qa, ReviewId: review.Id));
        }
        return waiting;
    }
}

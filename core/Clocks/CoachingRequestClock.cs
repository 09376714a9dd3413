using CaseCoach.Core.Coaching;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Clocks;

/// <summary>
/// R13, R14: an open coaching request waits for a time to be picked. The caseworker's supervisor books it (R12), with
/// the caseworker's availability first, so both hold the step.
/// </summary>
public sealed class CoachingRequestClock(CaseCoachDbContext db, ClockPeople people) : IHandOffClock
{
    public HandOffStep Step => HandOffStep.CoachingRequest;

    public async Task<IReadOnlyList<StalledHandOff>> WaitingAsync(HandOffContext context, CancellationToken cancellationToken)
    {
        var open = await db.Set<CoachingRequest>().AsNoTracking()
            .Where(r => r.Status == CoachingRequestStatus.Open && r.CreatedAt >= context.Since)
            .Select(r => new { r.Id, r.ReviewId, r.CreatedAt }).ToListAsync(cancellationToken);
        var reviews = await people.ReviewsAsync(open.Select(r => r.ReviewId), cancellationToken);
        var waiting = new List<StalledHandOff>(open.Count);
        foreach (var request in open.Where(r => reviews.ContainsKey(r.ReviewId)))
        {
            var review = reviews[request.ReviewId];
            waiting.Add(new StalledHandOff(Step, request.Id.ToString(), review.Case, context.RequestAnswerDue(request.CreatedAt, review.SafetyConcern),
                [review.Case.Supervisor, review.Case.Caseworker], await people.QaSupervisorAsync(review, cancellationToken), ReviewId: review.Id));
        }
        return waiting;
    }
}

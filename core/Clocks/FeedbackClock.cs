using CaseCoach.Core.Reviews;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reports.Fidelity;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Clocks;

/// <summary>
/// R27: every completed review owes the front line its feedback within two weeks: the no-coaching-needed decision
/// (R9) or the coaching session, as the fidelity report measures it. The reviewer holds the step.
/// </summary>
public sealed class FeedbackClock(CaseCoachDbContext db, ClockPeople people) : IHandOffClock
{
    public HandOffStep Step => HandOffStep.Feedback;

    public async Task<IReadOnlyList<StalledHandOff>> WaitingAsync(HandOffContext context, CancellationToken cancellationToken)
    {
        var ids = await db.Reviews.Where(r => r.CompletedAt >= context.Since && r.Purpose == ReviewPurpose.Regular).Select(r => r.Id).ToListAsync(cancellationToken);
        var sessions = (await InChunks.LoadAsync(ids, (chunk, ct) => db.Set<CoachingSession>().AsNoTracking().Where(s => chunk.Contains(s.ReviewId)).ToListAsync(ct), cancellationToken))
            .ToLookup(s => s.ReviewId);
        var waiting = new List<StalledHandOff>();
        foreach (var review in (await people.ReviewsAsync(ids, cancellationToken)).Values)
        {
            var due = FidelityTimeline.FeedbackDeadline(review.CompletedAt!.Value);
            var session = sessions[review.Id].OrderBy(s => s.BookedAt).FirstOrDefault();
            if (FidelityTimeline.FeedbackAt(review.Decision, review.DecidedAt, session) is { } at && at <= due) continue;
            waiting.Add(new StalledHandOff(Step, review.Id.ToString(), review.Case, due, [review.Reviewer],
                await people.QaSupervisorAsync(review, cancellationToken), ReviewId: review.Id));
        }
        return waiting;
    }
}

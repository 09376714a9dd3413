using CaseCoach.Core.Coaching;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Scheduling;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace CaseCoach.Core.Clocks;

/// <summary>
/// R13: a review decided as needing coaching waits for a session inside its window (two weeks, one business day with
/// a safety concern): booked through the bot, or held outside it and documented. The caseworker's supervisor books
/// (R12) and the reviewer co-leads, so both hold the step. A withdrawn request stops the clock.
/// </summary>
public sealed class CoachingSessionClock(CaseCoachDbContext db, ClockPeople people) : IHandOffClock
{
    public HandOffStep Step => HandOffStep.CoachingSession;

    public async Task<IReadOnlyList<StalledHandOff>> WaitingAsync(HandOffContext context, CancellationToken cancellationToken)
    {
        var ids = await db.Reviews.Where(r => r.Decision == ReviewDecision.CoachingNeeded && r.CompletedAt >= context.Since && r.Purpose == ReviewPurpose.Regular)
            .Where(r => !db.Set<CoachingRequest>().Any(q => q.ReviewId == r.Id && q.Status == CoachingRequestStatus.Cancelled))
            .Select(r => r.Id).ToListAsync(cancellationToken);
        var sessionEnds = (await db.Set<CoachingSession>().Where(s => ids.Contains(s.ReviewId)).Select(s => new { s.ReviewId, s.ScheduledEnd })
            .ToListAsync(cancellationToken)).ToLookup(s => s.ReviewId, s => s.ScheduledEnd);
        var recorded = (await db.Set<CoachingRecord>().Where(c => c.ReviewId != null && ids.Contains(c.ReviewId.Value))
            .Select(c => new { ReviewId = c.ReviewId!.Value, c.SessionOn }).ToListAsync(cancellationToken)).ToLookup(c => c.ReviewId, c => c.SessionOn);
        var waiting = new List<StalledHandOff>();
        foreach (var review in (await people.ReviewsAsync(ids, cancellationToken)).Values)
        {
            var due = CoachingWindow.For(context.Clock.Calendar, Instant.FromDateTimeOffset(review.CompletedAt!.Value), review.SafetyConcern).End.ToDateTimeOffset();
            if (sessionEnds[review.Id].Any(end => end <= due) || recorded[review.Id].Any(on => on <= context.DateOf(due))) continue;
            waiting.Add(new StalledHandOff(Step, review.Id.ToString(), review.Case, due, [review.Case.Supervisor, review.Reviewer],
                await people.QaSupervisorAsync(review, cancellationToken), ReviewId: review.Id));
        }
        return waiting;
    }
}

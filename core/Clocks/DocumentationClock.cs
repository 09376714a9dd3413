using CaseCoach.Core.Coaching;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Clocks;

/// <summary>
/// R16: a booked session that has ended waits to be documented, with its action items, within two business days.
/// The quality team holds the step: the reviewer records the items, the QA supervisor documents the session.
/// </summary>
public sealed class DocumentationClock(CaseCoachDbContext db, ClockPeople people) : IHandOffClock
{
    public HandOffStep Step => HandOffStep.Documentation;

    public async Task<IReadOnlyList<StalledHandOff>> WaitingAsync(HandOffContext context, CancellationToken cancellationToken)
    {
        var sessions = await db.Set<CoachingSession>()
            .Where(s => s.ScheduledEnd <= context.Now && s.ScheduledStart >= context.Since)
            .Where(s => !db.Set<CoachingRecord>().Any(c => c.ReviewId == s.ReviewId))
            .Select(s => new { s.Id, s.ReviewId, s.ScheduledStart }).ToListAsync(cancellationToken);
        var reviews = await people.ReviewsAsync(sessions.Select(s => s.ReviewId), cancellationToken);
        var waiting = new List<StalledHandOff>(sessions.Count);
        foreach (var session in sessions.Where(s => reviews.ContainsKey(s.ReviewId)))
        {
            var review = reviews[session.ReviewId];
            var qa = await people.QaSupervisorAsync(review, cancellationToken);
            waiting.Add(new StalledHandOff(Step, session.Id.ToString(), review.Case, context.DocumentationDue(context.DateOf(session.ScheduledStart)),
                qa is null ? [review.Reviewer] : [review.Reviewer, qa], qa, ReviewId: review.Id));
        }
        return waiting;
    }
}

using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Clocks;

/// <summary>The reviews behind the hand-offs, with their people, and the QA supervisor each one answers to.</summary>
public sealed class ClockPeople(CaseCoachDbContext db, DebriefSupervisor debriefSupervisor)
{
    public async Task<Dictionary<long, Review>> ReviewsAsync(IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        return (await InChunks.LoadAsync(ids, (chunk, ct) => db.Reviews.AsNoTracking().Include(r => r.Reviewer)
            .Include(r => r.Case).ThenInclude(c => c.Caseworker).Include(r => r.Case).ThenInclude(c => c.Supervisor)
            .AsSplitQuery().Where(r => chunk.Contains(r.Id)).ToListAsync(ct), cancellationToken)).ToDictionary(r => r.Id);
    }

    /// <summary>The QA supervisor who decided the review, or before a decision the reviewer's debrief supervisor (R7).</summary>
    public async Task<Person?> QaSupervisorAsync(Review review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        return review.DecidedById is { } id
            ? await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            : await debriefSupervisor.ForAsync(review.Reviewer, cancellationToken);
    }
}

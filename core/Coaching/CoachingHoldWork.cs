using CaseCoach.Core.Mail;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Coaching;

/// <summary>What the R10 hold use cases share: the review with its people, and who the hold is for.</summary>
public static class CoachingHoldWork
{
    public static Task<Review?> LoadReviewAsync(CaseCoachDbContext db, long reviewId, CancellationToken cancellationToken) => db.Reviews
        .Include(r => r.Reviewer).Include(r => r.Jurisdiction)
        .Include(r => r.Case).ThenInclude(c => c.Caseworker)
        .Include(r => r.Case).ThenInclude(c => c.Supervisor)
        .AsSplitQuery()
        .SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);

    /// <summary>R11: the hold is for the reviewer, the caseworker and the caseworker's supervisor; never leadership.</summary>
    public static IReadOnlyList<EmailAddress> People(Review review) =>
        new[] { review.Reviewer, review.Case.Caseworker, review.Case.Supervisor }.Select(p => new EmailAddress(p.Email, p.Name)).ToList();
}

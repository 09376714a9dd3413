using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Reviews.Intake;

/// <param name="FromEmail">The reviewer who leaves.</param>
/// <param name="ToEmail">The reviewer who takes their open reviews.</param>
public sealed record ReassignReviewsCommand(string FromEmail, string ToEmail, string Actor, DateTimeOffset Now);

/// <summary>Done: the moved reviews (saved), loaded with their case. Refused: why, and nothing changed.</summary>
public sealed record ReassignReviewsResult(IReadOnlyList<Review> Moved, Person? To, string? Refusal);

/// <summary>
/// R3: when a reviewer leaves, their open reviews (assigned or in progress, drafts kept) move to another reviewer,
/// each move audited. Capacity is not enforced here: the supervisor decides, and intake then stops feeding the
/// new reviewer until they have room.
/// </summary>
public sealed class ReassignReviews(CaseCoachDbContext db)
{
    public const string ReassignedAction = Review.ReassignedAction;

    /// <param name="announce">Tells the new reviewer (writes outbox rows), inside the same transaction as the moves.</param>
    public async Task<ReassignReviewsResult> HandleAsync(
        ReassignReviewsCommand command, Func<Person, IReadOnlyList<Review>, CancellationToken, Task>? announce, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var fromEmail = command.FromEmail.Trim().ToLowerInvariant();
        var toEmail = command.ToEmail.Trim().ToLowerInvariant();
        var from = await db.People.SingleOrDefaultAsync(p => p.Email == fromEmail, cancellationToken);
        var to = await db.People.SingleOrDefaultAsync(p => p.Email == toEmail, cancellationToken);
        if (from is null) return Refused($"nobody has the email {fromEmail}");
        if (to is null) return Refused($"nobody has the email {toEmail}");
        if (from.Id == to.Id) return Refused("--from and --to name the same person");
        if (to.Role != Role.Reviewer) return Refused($"{toEmail} is not a quality reviewer (role {to.Role})");

        return await db.InTransactionAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            var open = await db.Reviews.Include(r => r.Case).ThenInclude(c => c.Children).Include(r => r.Jurisdiction).Include(r => r.Reviewer)
                .Where(r => r.ReviewerId == from.Id && (r.Status == ReviewStatus.Assigned || r.Status == ReviewStatus.InProgress))
                .OrderBy(r => r.DueOn).ToListAsync(ct);
            var receiver = await db.People.SingleAsync(p => p.Id == to.Id, ct);
            foreach (var review in open)
                review.ReassignTo(receiver, command.Actor);
            if (open.Count > 0 && announce is not null) await announce(receiver, open, ct);
            await db.SaveChangesAsync(ct);
            return new ReassignReviewsResult(open, receiver, null);
        }, cancellationToken);
    }

    private static ReassignReviewsResult Refused(string why) => new([], null, why);
}

using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Reviews;

/// <summary>`my reviews`: the reviewer's open reviews, highest risk score first (R1), loaded for their list lines.</summary>
public sealed class ListOpenReviews(CaseCoachDbContext db)
{
    public static readonly Refusal NotSetUp = new(RefusalCode.NotAllowed, "reviews-not-set-up");

    /// <summary>Bounded: intake never gives anyone more than the capacity, but a reassignment may.</summary>
    private const int MaxListed = 50;

    public async Task<Result<IReadOnlyList<Review>>> HandleAsync(Person? reviewer, CancellationToken cancellationToken)
    {
        if (reviewer is null) return NotSetUp;
        var open = await db.Reviews.AsNoTracking()
            .Include(r => r.Case).ThenInclude(c => c.Children).Include(r => r.Jurisdiction)
            .Where(r => r.ReviewerId == reviewer.Id && (r.Status == ReviewStatus.Assigned || r.Status == ReviewStatus.InProgress))
            .ToListAsync(cancellationToken);
        return Result<IReadOnlyList<Review>>.Done(ReviewScheduler.ByPriority(open, r => r.Case.Score, r => r.DueOn).Take(MaxListed).ToList());
    }
}

using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseCoach.Core.Reviews.Calibration;

/// <summary>
/// R25: when a new reviewer submits a regular review, some are picked for a senior reviewer's blind second review.
/// Deterministic: the k-th submitted review is picked when k x share passes a whole number (share 10%: the 10th, 20th,
/// ...; 5%: the 20th, 40th, ...). The second review goes to the senior reviewer of the jurisdiction with the fewest
/// open reviews (then the lowest id); with none, nothing is picked.
/// </summary>
public sealed class SecondReviews(CaseCoachDbContext db, IOptions<SecondReviewOptions> options)
{
    /// <summary>Days the senior reviewer has for the second review.</summary>
    public const int DueInDays = 14;

    public static bool Picks(int submittedCount, double share) =>
        submittedCount > 0 && Math.Floor(submittedCount * share + 1e-9) > Math.Floor((submittedCount - 1) * share + 1e-9);

    /// <summary>The second review added to the context (saved with the turn), or null.</summary>
    public async Task<Review?> ConsiderAsync(Review submitted, Instrument instrument, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submitted);
        var o = options.Value;
        if (!submitted.ReachesFrontLine || submitted.CompletedAt is null) return null;
        if (!submitted.Reviewer.IsNewReviewerOn(today, o.NewReviewerMonths)) return null;

        var earlier = await db.Reviews.CountAsync(r => r.ReviewerId == submitted.ReviewerId && r.Purpose == ReviewPurpose.Regular
            && r.CompletedAt != null && r.Id != submitted.Id, cancellationToken);
        if (!Picks(earlier + 1, o.SecondReviewShare)) return null;

        var seniors = (await JurisdictionReviewers.LoadAsync(db, submitted.Jurisdiction, cancellationToken))
            .Where(p => p.IsSeniorReviewer && p.Id != submitted.ReviewerId).Select(p => p.Id).ToList();
        if (seniors.Count == 0) return null;
        var loads = await db.Reviews.Where(r => seniors.Contains(r.ReviewerId) && (r.Status == ReviewStatus.Assigned || r.Status == ReviewStatus.InProgress))
            .GroupBy(r => r.ReviewerId).Select(g => new { g.Key, Open = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Open, cancellationToken);
        var seniorId = seniors.OrderBy(id => loads.GetValueOrDefault(id)).ThenBy(id => id).First();
        var senior = await db.People.SingleAsync(p => p.Id == seniorId, cancellationToken);

        var second = Review.ScheduleSecondReview(submitted, senior, instrument, today.AddDays(DueInDays));
        db.Reviews.Add(second);
        return second;
    }
}

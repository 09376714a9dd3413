using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Reviews;

/// <summary>One question's answer and comment on the case's previous review.</summary>
/// <param name="ResolvedDuringCoachingOn">R15: the No was resolved during coaching on that day and became Yes.</param>
public sealed record PreviousAnswer(Answer? Value, string Comment, DateOnly? ResolvedDuringCoachingOn = null);

/// <summary>
/// R3: the case's latest completed review before this one, shown beside each question of a re-review (seed 000: being
/// reminded of your previous thinking saves you time). Answers are by question id, so an instrument change shows only
/// the questions both reviews share.
/// </summary>
public sealed record PreviousReview(DateTimeOffset CompletedAt, string ReviewerName, IReadOnlyDictionary<string, PreviousAnswer> Answers)
{
    public PreviousAnswer? For(string questionId) => Answers.GetValueOrDefault(questionId);
}

/// <summary>Finds <see cref="PreviousReview"/> for a review of a case: read-only, nothing tracked.</summary>
public sealed class FindPreviousReview(CaseCoachDbContext db)
{
    public async Task<PreviousReview?> ForAsync(Review review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        // R25: calibration and second reviews are blind, so they are shown nothing and never shown to a re-review.
        if (!review.ReachesFrontLine) return null;
        var completed = db.Reviews.AsNoTracking()
            .Where(r => r.CaseId == review.CaseId && r.Id != review.Id && r.CompletedAt != null && r.Purpose == ReviewPurpose.Regular);
        if (review.CompletedAt is { } before) completed = completed.Where(r => r.CompletedAt < before);
        var previous = await completed
            .OrderByDescending(r => r.CompletedAt).ThenByDescending(r => r.Id)
            .Select(r => new { r.Id, CompletedAt = r.CompletedAt!.Value, ReviewerName = r.Reviewer.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (previous is null) return null;
        var answers = await db.Set<ReviewAnswer>().AsNoTracking()
            .Where(a => a.ReviewId == previous.Id)
            .Select(a => new { a.QuestionId, a.Value, a.Comment, a.ResolvedDuringCoachingOn })
            .ToListAsync(cancellationToken);
        return new PreviousReview(previous.CompletedAt, previous.ReviewerName,
            answers.ToDictionary(a => a.QuestionId, a => new PreviousAnswer(a.Value, a.Comment, a.ResolvedDuringCoachingOn), StringComparer.Ordinal));
    }
}

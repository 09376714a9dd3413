using CaseCoach.Core.Instruments;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace CaseCoach.Core.Reports.ReviewsBehind;

/// <summary>
/// One review behind a figure, for those allowed to see it: a completed regular review in the viewer's scope
/// (<see cref="ReviewFacts.InScope"/>), or, for the QA team, a calibration review of a complete round (R25). An id
/// that is unknown, of another jurisdiction, still open or a second review reads as not found; a review of the
/// jurisdiction outside the viewer's units or cases is refused.
/// </summary>
public sealed class ReviewDetailQuery(CaseCoachDbContext db, InstrumentCatalog instruments)
{
    public async Task<(ReviewDetail? Review, FigureRefusal? Refusal)> RunAsync(ReportViewer viewer, long reviewId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var found = db.Reviews.AsNoTracking().Where(r => r.Id == reviewId && r.JurisdictionId == viewer.Jurisdiction.Id && r.CompletedAt != null);
        var purpose = await found.Select(r => (ReviewPurpose?)r.Purpose).FirstOrDefaultAsync(cancellationToken);
        var calibration = await found.Select(r => r.CalibrationRoundId).FirstOrDefaultAsync(cancellationToken);
        switch (purpose)
        {
            case null or ReviewPurpose.SecondReview: return (null, FigureRefusal.NotFound);
            case ReviewPurpose.Calibration when !viewer.Scope.IsWholeJurisdiction: return (null, FigureRefusal.Forbidden);
            case ReviewPurpose.Calibration when !await CalibrationRounds.IsCompleteAsync(db, viewer.Jurisdiction.Id, calibration ?? 0, cancellationToken):
                return (null, FigureRefusal.NotFound);
            case ReviewPurpose.Regular when !await ReviewFacts.InScope(found, viewer.Scope).AnyAsync(cancellationToken):
                return (null, FigureRefusal.Forbidden);
        }

        var review = await found.Include(r => r.Answers).Include(r => r.Case).ThenInclude(c => c.Unit).Include(r => r.Reviewer)
            .SingleAsync(cancellationToken);
        var questions = instruments.Find(review.InstrumentKey)?.Questions.Select(q => new ReportQuestion(q.Id, q.Number, q.Text)).ToList() ?? [];
        var answers = review.Answers.Select(a => new AnsweredQuestion(
                questions.FirstOrDefault(q => q.Id == a.QuestionId) ?? new ReportQuestion(a.QuestionId, 0, a.QuestionId), a.Value, a.Comment))
            .OrderBy(a => a.Question.Number == 0 ? int.MaxValue : a.Question.Number).ThenBy(a => a.Question.Id, StringComparer.Ordinal).ToList();
        var completedOn = Instant.FromDateTimeOffset(review.CompletedAt!.Value).InZone(ReviewFacts.ZoneOf(viewer.Jurisdiction)).Date.ToDateOnly();
        return (new ReviewDetail(review.Id, review.Case.ExternalCaseId, completedOn, review.Case.Unit.Name, review.Reviewer.Name, review.Purpose,
            review.NotEnoughInformation, review.Strengths, review.Opportunities, answers), null);
    }
}

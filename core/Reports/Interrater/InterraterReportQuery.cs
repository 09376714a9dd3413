using CaseCoach.Core.Instruments;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Reviews.Calibration;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Reports.Interrater;

/// <summary>
/// R25, a pure query: for each calibration round of the quarter, per question the share of cases with full agreement
/// and Fleiss' kappa over the answers (Yes / No / N/A); for each new reviewer, Cohen's kappa of their answers against
/// the senior reviewer's second reviews completed in the quarter. Whole-jurisdiction viewers only (it is about the
/// reviewers, not about cases or units).
/// </summary>
public sealed class InterraterReportQuery(CaseCoachDbContext db, InstrumentCatalog instruments)
{
    private static readonly Answer?[] Categories = [Answer.Yes, Answer.No, Answer.NotApplicable, null];

    public async Task<InterraterReport> RunAsync(ReportViewer viewer, ReportPeriod quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!viewer.Scope.IsWholeJurisdiction) return new InterraterReport(quarter, [], []);
        var jurisdiction = viewer.Jurisdiction;
        var questions = (instruments.Find(jurisdiction.InstrumentKey)?.Questions ?? [])
            .Select(q => new ReportQuestion(q.Id, q.Number, q.Text)).ToList();
        return new InterraterReport(quarter, await RoundsAsync(jurisdiction.Id, quarter, questions, cancellationToken),
            await SecondReviewsAsync(viewer, quarter, cancellationToken));
    }

    private async Task<IReadOnlyList<RoundAgreement>> RoundsAsync(long jurisdictionId, ReportPeriod quarter, IReadOnlyList<ReportQuestion> questions, CancellationToken cancellationToken)
    {
        var rounds = await db.Set<CalibrationRound>().AsNoTracking()
            .Where(r => r.JurisdictionId == jurisdictionId && r.Quarter == quarter.Label).OrderBy(r => r.StartedAt).ToListAsync(cancellationToken);
        var result = new List<RoundAgreement>();
        foreach (var round in rounds)
        {
            var reviews = await db.Reviews.AsNoTracking().Include(r => r.Answers).Include(r => r.Case)
                .Where(r => r.CalibrationRoundId == round.Id).ToListAsync(cancellationToken);
            var caseNumbers = reviews.Select(r => r.Case.ExternalCaseId).Distinct().Order(StringComparer.Ordinal).ToList();
            var submitted = reviews.Count(r => r.CompletedAt != null);
            var reviewers = reviews.Select(r => r.ReviewerId).Distinct().Count();
            var agreement = new RoundAgreement(round.Id, round.StartedAt, caseNumbers, reviewers, reviews.Count, submitted, []);
            // Blind (R25): nothing is computed from anyone's answers until every review of the round is in.
            if (agreement.IsComplete) agreement = agreement with { Questions = questions.Select(q => Agreement(q, reviews)).ToList() };
            result.Add(agreement);
        }
        return result;
    }

    private static QuestionAgreement Agreement(ReportQuestion question, IReadOnlyList<Review> reviews)
    {
        var counts = reviews.GroupBy(r => r.CaseId).OrderBy(g => g.Key)
            .Select(g => (IReadOnlyList<int>)Categories.Select(c => g.Count(r => r.AnswerTo(question.Id)?.Value == c)).ToList()).ToList();
        // Every case has the same reviewers in a complete round; should one have been moved, kappa is left undefined.
        var sameRaters = counts.Select(c => c.Sum()).Distinct().Count() == 1 && counts[0].Sum() >= 2;
        return new QuestionAgreement(question, counts.Count, Kappa.PercentAgreement(counts), sameRaters ? Kappa.Fleiss(counts) : null);
    }

    private async Task<IReadOnlyList<ReviewerAgreement>> SecondReviewsAsync(ReportViewer viewer, ReportPeriod quarter, CancellationToken cancellationToken)
    {
        var (from, to) = ReviewFacts.Instants(viewer.Jurisdiction, quarter);
        var seconds = await db.Reviews.AsNoTracking().Include(r => r.Answers)
            .Where(r => r.JurisdictionId == viewer.Jurisdiction.Id && r.Purpose == ReviewPurpose.SecondReview && r.JumpCheckId == null
                && r.CompletedAt != null && r.CompletedAt >= from && r.CompletedAt < to)
            .ToListAsync(cancellationToken);
        var originalIds = seconds.Select(s => s.SecondOfReviewId!.Value).Distinct().ToList();
        var originals = await db.Reviews.AsNoTracking().Include(r => r.Answers).Include(r => r.Reviewer)
            .Where(r => originalIds.Contains(r.Id) && r.CompletedAt != null).ToDictionaryAsync(r => r.Id, cancellationToken);

        return seconds.Where(s => originals.ContainsKey(s.SecondOfReviewId!.Value))
            .GroupBy(s => originals[s.SecondOfReviewId!.Value].ReviewerId)
            .Select(g =>
            {
                var pairs = g.SelectMany(s => originals[s.SecondOfReviewId!.Value].Answers
                        .Select(a => (First: Label(a.Value), Second: Label(s.AnswerTo(a.QuestionId)?.Value))))
                    .ToList();
                double? percent = pairs.Count == 0 ? null : pairs.Count(p => p.First == p.Second) / (double)pairs.Count;
                return new ReviewerAgreement(g.Key, originals[g.First().SecondOfReviewId!.Value].Reviewer.Name, g.Count(), pairs.Count, percent, Kappa.Cohen(pairs));
            })
            .OrderBy(r => r.ReviewerName, StringComparer.Ordinal).ToList();
    }

    private static string Label(Answer? value) => value?.ToString() ?? "none";
}

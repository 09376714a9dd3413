using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Reports;

/// <summary>
/// R26: the quarter by question x unit x reviewer, the trend over the last four quarters, unit pairings and the
/// month-over-month jump flags. Reads the quarter and the month before it in full, one aggregate query per month, and
/// each of the three earlier quarters grouped by question only (a trend point needs no more).
/// </summary>
public sealed class QuarterlyReportQuery(CaseCoachDbContext db, ReviewFacts facts, InstrumentCatalog instruments)
{
    public const int TrendQuarters = 4;

    public async Task<QuarterlyReport> RunAsync(ReportViewer viewer, ReportPeriod quarter, CancellationToken cancellationToken)
    {
        var jurisdiction = viewer.Jurisdiction;
        // In full (question x unit x reviewer): the quarter's months and the month before (the first month's jump
        // baseline). The three earlier quarters are trend points only, grouped by question and value.
        var months = new List<PeriodFacts> { await facts.LoadAsync(viewer.Scope, jurisdiction, ReportPeriod.MonthOf(quarter.Start.AddMonths(-1)), cancellationToken) };
        foreach (var month in quarter.Months())
            months.Add(await facts.LoadAsync(viewer.Scope, jurisdiction, month, cancellationToken));
        var current = QuarterlyReportBuilder.Combine(quarter, months.Skip(1));
        var earlier = new List<PeriodFacts>();
        for (var q = quarter.PreviousQuarter(); earlier.Count < TrendQuarters - 1; q = q.PreviousQuarter())
            earlier.Insert(0, await facts.LoadByQuestionAsync(viewer.Scope, jurisdiction, q, cancellationToken));
        var quarters = earlier.Append(current).ToList();
        var cells = QuarterlyReportBuilder.ByQuestionUnit(current);

        var firstReviewOn = await facts.FirstReviewOnAsync(jurisdiction, cancellationToken);
        var flags = new List<JumpFlag>();
        var showsFlags = viewer.Scope.CaseworkerId is null;
        for (var i = 1; i < months.Count && showsFlags; i++)
            if (QuarterlyReportBuilder.FlagsApply(months[i].Period, firstReviewOn))
                flags.AddRange(QuarterlyReportBuilder.Jumps(months[i - 1], months[i]));

        var questions = QuestionsOf(jurisdiction, months.Concat(earlier));
        var lines = questions.Select(q => new QuestionLine(q, QuarterlyReportBuilder.Tally(current.Answers.Where(a => a.QuestionId == q.Id)))).ToList();
        return new QuarterlyReport(
            jurisdiction, quarter, current, lines, cells, QuarterlyReportBuilder.ByQuestionUnitReviewer(current),
            quarters.Select(QuarterlyReportBuilder.Trend).ToList(), QuarterlyReportBuilder.Pairings(cells), flags,
            QuarterlyReportBuilder.FlagsApply(ReportPeriod.MonthOf(quarter.End.AddMonths(-1)), firstReviewOn),
            await UnitNamesAsync(current, cancellationToken), await ReviewerNamesAsync(current, cancellationToken),
            showsFlags ? await ChecksAsync(jurisdiction, quarter, cancellationToken) : null, showsFlags);
    }

    /// <summary>R26: the quarter's jump checks by key, with how many of their second reviews are in.</summary>
    private async Task<IReadOnlyDictionary<string, JumpChecks.JumpCheckState>> ChecksAsync(Jurisdiction jurisdiction, ReportPeriod quarter, CancellationToken cancellationToken)
    {
        var months = quarter.Months().Select(m => m.Label).ToList();
        var checks = await db.Set<JumpChecks.JumpCheck>().AsNoTracking().Where(c => c.JurisdictionId == jurisdiction.Id && months.Contains(c.Month))
            .Select(c => new
            {
                c.Key,
                Senior = db.People.Where(p => p.Id == c.SeniorReviewerId).Select(p => p.Name).FirstOrDefault() ?? "",
                Reviews = db.Reviews.Count(r => r.JumpCheckId == c.Id),
                Submitted = db.Reviews.Count(r => r.JumpCheckId == c.Id && r.CompletedAt != null),
            })
            .ToListAsync(cancellationToken);
        return checks.ToDictionary(c => c.Key, c => new JumpChecks.JumpCheckState(c.Key, c.Senior, c.Reviews, c.Submitted), StringComparer.Ordinal);
    }

    /// <summary>The instrument's questions in order, then any other question ids the reviews used (an instrument changed mid-year).</summary>
    private List<ReportQuestion> QuestionsOf(Jurisdiction jurisdiction, IEnumerable<PeriodFacts> months)
    {
        var known = instruments.Find(jurisdiction.InstrumentKey)?.Questions.Select(q => new ReportQuestion(q.Id, q.Number, q.Text)).ToList() ?? [];
        var others = months.SelectMany(m => m.Answers).Select(a => a.QuestionId).Distinct()
            .Where(id => known.All(k => k.Id != id)).Order(StringComparer.Ordinal).Select(id => new ReportQuestion(id, 0, id));
        return known.Concat(others).ToList();
    }

    private async Task<IReadOnlyDictionary<long, string>> UnitNamesAsync(PeriodFacts current, CancellationToken cancellationToken)
    {
        var ids = current.Answers.Select(a => a.UnitId).Distinct().ToList();
        return await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
    }

    private async Task<IReadOnlyDictionary<long, string>> ReviewerNamesAsync(PeriodFacts current, CancellationToken cancellationToken)
    {
        var ids = current.Answers.Select(a => a.ReviewerId).Distinct().ToList();
        return await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
    }
}

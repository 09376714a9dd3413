using CaseCoach.Core.Reports;
using CaseCoach.Core.Reports.Fidelity;
using CaseCoach.Core.Reports.Interrater;

namespace CaseCoach.Bot.Reports;

/// <summary>A table as downloaded: a title (the sheet name), column headers and rows of numbers or text.</summary>
public sealed record ReportTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>R26: question x unit x reviewer with counts and shares (shares as fractions; blank when nothing was answered).</summary>
    public static IReadOnlyList<ReportTable> Of(QuarterlyReport report)
    {
        string[] headers = ["Question", "Unit", "Reviewer", "Yes", "No", "N/A", "Not enough information",
            "Yes share", "No share", "N/A share", "Not enough information share"];
        object?[] Row(string q, string unit, string reviewer, AnswerTally t) =>
            [q, unit, reviewer, t.Yes, t.No, t.NotApplicable, t.NotEnoughInformation, t.YesShare, t.NoShare, t.NotApplicableShare, t.NotEnoughInformationShare];
        var detail = report.ByQuestionUnitReviewer
            .OrderBy(c => report.QuestionOf(c.QuestionId).Number).ThenBy(c => report.UnitName(c.UnitId)).ThenBy(c => report.ReviewerName(c.ReviewerId))
            .Select(c => Row(report.QuestionOf(c.QuestionId).Id, report.UnitName(c.UnitId), report.ReviewerName(c.ReviewerId), c.Tally)).ToList();
        var byQuestion = report.Questions.Select(q => Row(q.Question.Id, "All units", "All reviewers", q.Tally)).ToList();
        var trend = report.Trend.Select(t => (IReadOnlyList<object?>)[t.Quarter.Label, t.Reviews, t.Overall.Yes, t.Overall.No, t.Overall.NotApplicable, t.Overall.NotEnoughInformation, t.Overall.Performance]).ToList();
        var byUnit = report.ByQuestionUnit.OrderBy(c => report.QuestionOf(c.QuestionId).Number).ThenBy(c => report.UnitName(c.UnitId))
            .Select(c => (IReadOnlyList<object?>)[c.QuestionId, report.UnitName(c.UnitId), c.Tally.Yes, c.Tally.No, c.Tally.NotApplicable, c.Tally.NotEnoughInformation, c.Tally.Performance]).ToList();
        var pairings = report.Pairings.Select(p => (IReadOnlyList<object?>)
            [p.QuestionId, report.UnitName(p.LowerUnitId), p.LowerPerformance, report.UnitName(p.StrongUnitId), p.StrongPerformance]).ToList();
        List<ReportTable> tables =
        [
            new ReportTable($"By question {report.Quarter.Label}", headers, byQuestion),
            new ReportTable("By question and unit", ["Question", "Unit", "Yes", "No", "N/A", "Not enough information", "Yes share of assessed"], byUnit),
            new ReportTable("Unit pairings", ["Question", "Unit to support", "Its Yes share", "Paired with", "Their Yes share"], pairings),
            new ReportTable("By question, unit, reviewer", headers, detail),
            new ReportTable("Trend", ["Quarter", "Reviews", "Yes", "No", "N/A", "Not enough information", "Yes share"], trend),
        ];
        // R26: flags are for the QA team and directors, as on the page; a caseworker's download has no such sheet.
        if (report.ShowsFlags) tables.Add(Flags(report));
        return tables;
    }

    /// <summary>R26: the quarter's jump flags with their secondary reviews, as the page lists them.</summary>
    private static ReportTable Flags(QuarterlyReport report) => new("Jump flags",
        ["Month", "Question", "Unit", "Yes share before", "Yes share after", "Secondary review", "Second reviews in", "Second reviews sampled"],
        report.Flags.Select(f =>
        {
            var check = report.CheckOf(f);
            var state = check is null ? "not opened yet" : check.IsClosed ? "closed" : "open";
            return (IReadOnlyList<object?>)[f.Month.Label, f.Dimension == JumpDimension.Question ? f.QuestionId : "",
                f.UnitId is { } unit ? report.UnitName(unit) : "", f.Before, f.After, state, check?.Submitted, check?.Reviews];
        }).ToList());

    /// <summary>R25: every round's status, agreement per question of complete rounds, and new reviewers' Cohen's kappa.</summary>
    public static IReadOnlyList<ReportTable> Of(InterraterReport report) =>
    [
        new ReportTable($"Calibration rounds {report.Quarter.Label}", ["Started", "Cases", "Reviewers", "Reviews in", "Reviews expected"],
            report.Rounds.Select(r => (IReadOnlyList<object?>)[r.StartedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                string.Join(" ", r.CaseNumbers), r.Reviewers, r.Submitted, r.Expected]).ToList()),
        new ReportTable("Agreement by question", ["Round started", "Question", "Cases", "Agreement share", "Fleiss kappa"],
            report.Rounds.Where(r => r.IsComplete).SelectMany(r => r.Questions.Select(q => (IReadOnlyList<object?>)
                [r.StartedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), q.Question.Id, q.Cases, q.PercentAgreement, q.FleissKappa])).ToList()),
        new ReportTable("New reviewers vs senior", ["Reviewer", "Reviews", "Answers", "Agreement share", "Cohen kappa"],
            report.NewReviewers.Select(n => (IReadOnlyList<object?>)[n.ReviewerName, n.Reviews, n.Answers, n.PercentAgreement, n.CohenKappa]).ToList()),
    ];

    /// <summary>R24, R27: the timeframes and the assessments' section totals.</summary>
    public static IReadOnlyList<ReportTable> Of(FidelityReport report) =>
    [
        new ReportTable($"Timeframes {report.Quarter.Label}", ["Timeframe", "Within", "Outside", "Pending", "Share within"],
            report.Timeframes.Select(t => (IReadOnlyList<object?>)[t.Timeframe.ToString(), t.Within, t.Outside, t.Pending, t.Share]).ToList()),
        new ReportTable("Assessment sections", ["Section", "Score", "Maximum", "Share"],
            report.Sections.Select(s => (IReadOnlyList<object?>)[s.Section.Title, s.Score, s.Max, s.Share]).ToList()),
        new ReportTable("Assessments by review", ["Case", "Completed", "Score", "Maximum", "Awaiting ticks"],
            report.Assessments.OrderBy(a => a.Timeline.CompletedAt).Select(a => (IReadOnlyList<object?>)
                [report.CaseNumber(a.Timeline.CaseId), a.Timeline.CompletedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), a.Total, a.Max, a.AwaitingTicks]).ToList()),
        new ReportTable("Repeat staffings by unit", ["Unit", "Quarter", "Staffings", "Repeats within 90 days"],
            report.Staffings.Select(s => (IReadOnlyList<object?>)[s.UnitName, s.Quarter.Label, s.Staffings, s.Repeats]).ToList()),
    ];
}

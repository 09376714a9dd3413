namespace CaseCoach.Core.Reports;

/// <summary>R26's figures computed from grouped facts; pure, so every figure is testable by hand.</summary>
public static class QuarterlyReportBuilder
{
    /// <summary>Seed 000: jump flags apply once the process has normalised, after 6 months of reviews.</summary>
    public const int MonthsBeforeFlags = 6;

    public const double JumpThreshold = 0.5;

    public static AnswerTally Tally(IEnumerable<AnswerFact> facts) =>
        facts.Aggregate(AnswerTally.Empty, (tally, fact) => tally.Add(fact.Value, fact.Count));

    public static PeriodFacts Combine(ReportPeriod period, IEnumerable<PeriodFacts> parts)
    {
        var list = parts.ToList();
        return new PeriodFacts(period, list.SelectMany(p => p.Answers).ToList(), list.Sum(p => p.Reviews), list.Sum(p => p.NotEnoughInformation));
    }

    public static IReadOnlyList<UnitCell> ByQuestionUnit(PeriodFacts facts) =>
        facts.Answers.GroupBy(f => (f.QuestionId, f.UnitId))
            .Select(g => new UnitCell(g.Key.QuestionId, g.Key.UnitId, Tally(g))).ToList();

    public static IReadOnlyList<ReviewerCell> ByQuestionUnitReviewer(PeriodFacts facts) =>
        facts.Answers.GroupBy(f => (f.QuestionId, f.UnitId, f.ReviewerId))
            .Select(g => new ReviewerCell(g.Key.QuestionId, g.Key.UnitId, g.Key.ReviewerId, Tally(g))).ToList();

    public static TrendQuarter Trend(PeriodFacts quarter) => new(
        quarter.Period, quarter.Reviews, Tally(quarter.Answers),
        quarter.Answers.GroupBy(f => f.QuestionId).ToDictionary(g => g.Key, Tally));

    /// <summary>
    /// Per question: the strongest unit (highest Yes share, ties to the lower id for a stable answer) and every unit
    /// below the question's overall Yes share, paired with it. One unit alone has no one to pair with.
    /// </summary>
    public static IReadOnlyList<UnitPairing> Pairings(IReadOnlyList<UnitCell> cells)
    {
        var pairings = new List<UnitPairing>();
        foreach (var question in cells.GroupBy(c => c.QuestionId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rated = question.Where(c => c.Tally.Performance is not null).ToList();
            if (rated.Count < 2) continue;
            var overall = AnswerTally.Sum(rated.Select(c => c.Tally)).Performance!.Value;
            var strongest = rated.OrderByDescending(c => c.Tally.Performance).ThenBy(c => c.UnitId).First();
            foreach (var lower in rated.Where(c => c.Tally.Performance < overall && c.UnitId != strongest.UnitId).OrderBy(c => c.UnitId))
                pairings.Add(new UnitPairing(question.Key, lower.UnitId, lower.Tally.Performance!.Value, strongest.UnitId, strongest.Tally.Performance!.Value));
        }
        return pairings;
    }

    public static bool FlagsApply(ReportPeriod month, DateOnly? firstReviewOn) =>
        firstReviewOn is { } first && month.Start >= ReportPeriod.MonthOf(first).Start.AddMonths(MonthsBeforeFlags);

    /// <summary>Flags for <paramref name="month"/> against <paramref name="before"/>: per question, and per unit over all questions.</summary>
    public static IEnumerable<JumpFlag> Jumps(PeriodFacts before, PeriodFacts month)
    {
        foreach (var question in month.Answers.Select(a => a.QuestionId).Distinct().Order(StringComparer.Ordinal))
            if (Jump(before.Answers.Where(a => a.QuestionId == question), month.Answers.Where(a => a.QuestionId == question)) is { } q)
                yield return new JumpFlag(month.Period, JumpDimension.Question, question, null, q.Before, q.After);
        foreach (var unit in month.Answers.Select(a => a.UnitId).Distinct().Order())
            if (Jump(before.Answers.Where(a => a.UnitId == unit), month.Answers.Where(a => a.UnitId == unit)) is { } u)
                yield return new JumpFlag(month.Period, JumpDimension.Unit, "", unit, u.Before, u.After);
    }

    /// <summary>A rise of half or more of the previous Yes share; from 0% any rise counts.</summary>
    private static (double Before, double After)? Jump(IEnumerable<AnswerFact> before, IEnumerable<AnswerFact> after)
    {
        if (Tally(before).Performance is not { } was || Tally(after).Performance is not { } now) return null;
        var jumped = was == 0 ? now > 0 : (now - was) / was >= JumpThreshold - 1e-9;
        return jumped ? (was, now) : null;
    }
}

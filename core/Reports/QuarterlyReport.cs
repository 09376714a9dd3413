using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Reports;

public sealed record ReportQuestion(string Id, int Number, string Text);

public sealed record QuestionLine(ReportQuestion Question, AnswerTally Tally);

public sealed record UnitCell(string QuestionId, long UnitId, AnswerTally Tally);

public sealed record ReviewerCell(string QuestionId, long UnitId, long ReviewerId, AnswerTally Tally);

/// <summary>R26: one quarter of the trend, per question and overall; <see cref="Reviews"/> 0 reads "no reviews".</summary>
public sealed record TrendQuarter(ReportPeriod Quarter, int Reviews, AnswerTally Overall, IReadOnlyDictionary<string, AnswerTally> ByQuestion);

/// <summary>R26: a lower-performing unit paired with the strongest unit on the same question, so it can learn from it.</summary>
public sealed record UnitPairing(string QuestionId, long LowerUnitId, double LowerPerformance, long StrongUnitId, double StrongPerformance);

public enum JumpDimension { Question, Unit }

/// <summary>
/// R26 (seed 000: "a 50% improvement in a single month by question or by unit should be viewed skeptically and
/// verified through a secondary review"): the month's Yes share rose by half or more over the month before.
/// </summary>
public sealed record JumpFlag(ReportPeriod Month, JumpDimension Dimension, string QuestionId, long? UnitId, double Before, double After);

/// <summary>
/// The quarterly report (R26) for one viewer's scope. <see cref="ShowsFlags"/> is false for a caseworker: jump flags
/// are a jurisdiction and unit signal for the QA team and directors, not computed from one person's reviews.
/// </summary>
public sealed record QuarterlyReport(
    Jurisdiction Jurisdiction,
    ReportPeriod Quarter,
    PeriodFacts Facts,
    IReadOnlyList<QuestionLine> Questions,
    IReadOnlyList<UnitCell> ByQuestionUnit,
    IReadOnlyList<ReviewerCell> ByQuestionUnitReviewer,
    IReadOnlyList<TrendQuarter> Trend,
    IReadOnlyList<UnitPairing> Pairings,
    IReadOnlyList<JumpFlag> Flags,
    bool FlagsApply,
    IReadOnlyDictionary<long, string> UnitNames,
    IReadOnlyDictionary<long, string> ReviewerNames,
    IReadOnlyDictionary<string, JumpChecks.JumpCheckState>? Checks = null,
    bool ShowsFlags = true)
{
    /// <summary>R26: the flag's secondary review, or null while none is opened (the sweep opens it once the month is over).</summary>
    public JumpChecks.JumpCheckState? CheckOf(JumpFlag flag) =>
        Checks?.GetValueOrDefault(JumpChecks.JumpCheck.KeyFor(Jurisdiction.Key, flag));

    public bool HasReviews => Facts.HasReviews;

    public string UnitName(long id) => UnitNames.TryGetValue(id, out var name) ? name : $"Unit {id}";

    public string ReviewerName(long id) => ReviewerNames.TryGetValue(id, out var name) ? name : $"Reviewer {id}";

    public ReportQuestion QuestionOf(string id) => Questions.FirstOrDefault(q => q.Question.Id == id)?.Question ?? new ReportQuestion(id, 0, id);

    public AnswerTally Cell(string questionId, long unitId) =>
        ByQuestionUnit.FirstOrDefault(c => c.QuestionId == questionId && c.UnitId == unitId)?.Tally ?? AnswerTally.Empty;

    public IEnumerable<long> Units => ByQuestionUnit.Select(c => c.UnitId).Distinct().OrderBy(UnitName);
}

using CaseCoach.Core.Reviews;

namespace CaseCoach.Core.Reports.ReviewsBehind;

/// <summary>
/// Which figure's reviews to list: the completed regular reviews of a period (a quarter, or one of its months for a
/// jump flag, R26), narrowed to a question (and an answer to it), a unit, a reviewer; or, for the QA team, the
/// reviews of one complete calibration round (R25, <see cref="RoundId"/>; the period is then not used).
/// </summary>
public sealed record FigureFilter(
    ReportPeriod Period,
    string? QuestionId = null,
    long? UnitId = null,
    long? ReviewerId = null,
    Answer? Answer = null,
    long? RoundId = null)
{
    public const int PageSize = 50;
}

using CaseCoach.Core.Reviews;

namespace CaseCoach.Core.Reports.ReviewsBehind;

/// <summary>One review behind a figure: the case's reference (never its name), when, where, by whom, and its answer to the figure's question.</summary>
public sealed record ReviewRow(long ReviewId, string CaseNumber, DateOnly CompletedOn, string UnitName, string ReviewerName, Answer? Answer);

public enum FigureRefusal
{
    /// <summary>A unit outside the viewer's units, or a calibration round for someone outside the QA team.</summary>
    Forbidden,

    /// <summary>No such round in the jurisdiction, or one still blind (R25: results wait for every review).</summary>
    NotFound,

    /// <summary>A question the jurisdiction's instrument does not have: a malformed link, not an empty figure.</summary>
    UnknownQuestion,
}

/// <summary>
/// The reviews behind one figure, a page at a time (newest first): <see cref="Total"/> reviews, and when the filter
/// names a question, <see cref="Answers"/> counts their answers to it the way the figure does.
/// </summary>
/// <see cref="Question"/>, <see cref="UnitName"/> and <see cref="ReviewerName"/> name the filter's parts for the page.
public sealed record ReviewsBehindFigure(FigureFilter Filter, int Total, AnswerTally? Answers, int Page, IReadOnlyList<ReviewRow> Rows,
    ReportQuestion? Question = null, string? UnitName = null, string? ReviewerName = null)
{
    public int Pages => Math.Max(1, (Total + FigureFilter.PageSize - 1) / FigureFilter.PageSize);

    public int FirstShown => Rows.Count == 0 ? 0 : (Page - 1) * FigureFilter.PageSize + 1;

    public int LastShown => FirstShown == 0 ? 0 : FirstShown + Rows.Count - 1;
}

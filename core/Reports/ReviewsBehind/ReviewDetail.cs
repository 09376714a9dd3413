using CaseCoach.Core.Reviews;

namespace CaseCoach.Core.Reports.ReviewsBehind;

public sealed record AnsweredQuestion(ReportQuestion Question, Answer? Value, string Comment);

/// <summary>One review behind a figure, as its viewer may read it: its answers and comments, the case by reference only.</summary>
public sealed record ReviewDetail(
    long ReviewId, string CaseNumber, DateOnly CompletedOn, string UnitName, string ReviewerName, ReviewPurpose Purpose,
    bool NotEnoughInformation, string Strengths, string Opportunities, IReadOnlyList<AnsweredQuestion> Answers);

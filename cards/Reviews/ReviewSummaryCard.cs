namespace CaseCoach.Cards.Reviews;

/// <summary>A submitted review, read-only (review-summary.json).</summary>
public sealed record ReviewSummaryCard(
    string ReviewId,
    string InstrumentName,
    string CaseName,
    string CaseNumber,
    string ReviewerName,
    DateTimeOffset CompletedOn,
    bool CoachingNeeded,
    string Strengths,
    string Opportunities,
    IReadOnlyList<ReviewSummaryAnswer> Answers) : ICardModel
{
    public static string TemplateName => "review-summary";
}

/// <param name="Answer">"yes", "no" or "na": picks the colour.</param>
/// <param name="AnswerText">What the reader sees, e.g. "N/A".</param>
/// <param name="Resolved">R15: the words saying the No was resolved during a coaching session (text/review-answer-resolved.liquid), or "".</param>
public sealed record ReviewSummaryAnswer(int Number, string Text, string Answer, string AnswerText, string Comment, string Resolved = "");

namespace CaseCoach.Cards.Reviews;

/// <summary>
/// The QA supervisor's debrief and decision card (debrief.json, R7, R8). Inputs: notEnoughInformation and
/// safetyConcern ("true"/"false" toggles); review.confirmDecision carries only {reviewId}.
/// </summary>
public sealed record DebriefCard(
    string ReviewId,
    string InstrumentName,
    string CaseName,
    string CaseNumber,
    string ReviewerName,
    string CaseworkerName,
    DateTimeOffset CompletedOn,
    bool CoachingNeeded,
    string DecisionText,
    string Strengths,
    string Opportunities,
    IReadOnlyList<ReviewSummaryAnswer> Answers) : ICardModel
{
    public static string TemplateName => "debrief";
}

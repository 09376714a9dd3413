namespace CaseCoach.Cards.Reviews;

/// <summary>The reviewer's open reviews (my-reviews.json), each with a review.start {reviewId} button.</summary>
public sealed record MyReviewsCard(IReadOnlyList<ReviewListItem> Reviews) : ICardModel
{
    public static string TemplateName => "my-reviews";
}

/// <param name="Score">R1: the listing's risk score, as text.</param>
/// <param name="RiskFactors">Comma-separated; empty when the listing gave none.</param>
/// <param name="ChildrenAges">E.g. "ages 2, 7"; empty when the listing named no children.</param>
/// <param name="PriorReports">Prior maltreatment reports, as text; empty when the listing did not say.</param>
public sealed record ReviewListItem(
    string ReviewId,
    string CaseName,
    string CaseNumber,
    string InstrumentName,
    DateTimeOffset DueDate,
    bool IsOverdue,
    bool HasDraft,
    string Score = "",
    string RiskFactors = "",
    string ChildrenAges = "",
    string PriorReports = "");

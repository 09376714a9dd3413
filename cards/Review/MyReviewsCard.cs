namespace CaseCoach.Cards.Review;

/// <summary>The reviewer's open reviews (my-reviews.json), each with a review.start {reviewId} button.</summary>
public sealed record MyReviewsCard(IReadOnlyList<ReviewListItem> Reviews) : ICardModel
{
    public static string TemplateName => "my-reviews";
}

public sealed record ReviewListItem(
    string ReviewId,
    string CaseName,
    string CaseNumber,
    string InstrumentName,
    DateTimeOffset DueDate,
    bool IsOverdue,
    bool HasDraft);

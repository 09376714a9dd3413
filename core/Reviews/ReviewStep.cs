namespace CaseCoach.Core.Reviews;

/// <summary>Which card the acting person sees after a review step.</summary>
public enum ReviewView
{
    /// <summary>The editable survey (with the entered input and errors after a refused save or submit).</summary>
    Survey,
    /// <summary>Read-only: the review is no longer open (R6).</summary>
    Summary,
}

/// <summary>
/// The outcome of a review use case: the review in hand and what to show. <paramref name="Previous"/> is the case's
/// previous review (R3), for the survey of a re-review; null on a first review and on the summary.
/// </summary>
/// <param name="DraftSavedAt">When a draft was just saved, so the survey comes back saying so (R6).</param>
public sealed record ReviewStep(ReviewInHand InHand, ReviewView View, SurveyEntry? Entered = null, SurveyValidation? Validation = null,
    PreviousReview? Previous = null, DateTimeOffset? DraftSavedAt = null);

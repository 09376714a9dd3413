namespace CaseCoach.Cards.Reviews;

/// <summary>
/// The survey (review-survey.json). Inputs are named answer-{questionId} ("yes"/"no"/"na"/"unsure"), comment-{questionId},
/// strengths and opportunities; review.saveDraft and review.submit carry only {reviewId}. Empty error texts hide.
/// The top says why the case is listed (R1: <paramref name="Why"/>); a re-review shows the previous review beside each
/// question (R3), dated <paramref name="PreviousCompletedOn"/>.
/// DraftSavedAt (yyyy-MM-ddTHH:mm:ssZ, or "") is set right after Save draft, and the card then says "Draft saved at 10:42".
/// </summary>
public sealed record ReviewSurveyCard(
    string ReviewId,
    string InstrumentName,
    string CaseName,
    string CaseNumber,
    string CaseworkerName,
    DateTimeOffset DueDate,
    string FormError,
    IReadOnlyList<ReviewSurveyQuestion> Questions,
    string Strengths,
    string Opportunities,
    ReviewListItem Why,
    bool HasPrevious = false,
    DateTimeOffset? PreviousCompletedOn = null,
    string PreviousReviewerName = "",
    string DraftSavedAt = "") : ICardModel
{
    public static string TemplateName => "review-survey";
}

/// <param name="Answer">"yes", "no", "na", "unsure" or "" when not answered yet.</param>
/// <param name="PreviousAnswer">How the previous review's answer reads ("No"); empty on a first review.</param>
public sealed record ReviewSurveyQuestion(
    string QuestionId,
    int Number,
    string Text,
    IReadOnlyList<string> Considerations,
    bool AllowNotApplicable,
    string Answer,
    string Comment,
    string AnswerError,
    string CommentError,
    bool HasPrevious = false,
    string PreviousAnswer = "",
    string PreviousComment = "",
    string PreviousResolved = "");

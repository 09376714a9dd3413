namespace CaseCoach.Cards.Reviews;

/// <summary>
/// The survey (review-survey.json). Inputs are named answer-{questionId} ("yes"/"no"/"na"), comment-{questionId},
/// strengths and opportunities; review.saveDraft and review.submit carry only {reviewId}. Empty error texts hide.
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
    string DraftSavedAt = "") : ICardModel
{
    public static string TemplateName => "review-survey";
}

/// <param name="Answer">"yes", "no", "na" or "" when not answered yet.</param>
public sealed record ReviewSurveyQuestion(
    string QuestionId,
    int Number,
    string Text,
    IReadOnlyList<string> Considerations,
    bool AllowNotApplicable,
    string Answer,
    string Comment,
    string AnswerError,
    string CommentError);

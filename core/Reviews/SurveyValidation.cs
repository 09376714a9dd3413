namespace CaseCoach.Core.Reviews;

/// <summary>Errors to show beside the survey's fields; empty when the survey can be saved or submitted.</summary>
public sealed record SurveyValidation(IReadOnlyDictionary<string, QuestionErrors> Questions, string FormError)
{
    public static readonly SurveyValidation None = new(new Dictionary<string, QuestionErrors>(), "");

    public bool IsValid => FormError.Length == 0 && Questions.Count == 0;

    public QuestionErrors For(string questionId) => Questions.GetValueOrDefault(questionId) ?? QuestionErrors.None;
}

public sealed record QuestionErrors(string AnswerError, string CommentError)
{
    public static readonly QuestionErrors None = new("", "");
}

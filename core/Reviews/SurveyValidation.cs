namespace CaseCoach.Core.Reviews;

/// <summary>Problems to show beside the survey's fields; none when the survey can be saved or submitted.</summary>
public sealed record SurveyValidation(IReadOnlyDictionary<string, QuestionErrors> Questions, SurveyProblem? Form)
{
    public static readonly SurveyValidation None = new(new Dictionary<string, QuestionErrors>(), null);

    public bool IsValid => Form is null && Questions.Count == 0;

    public QuestionErrors For(string questionId) => Questions.GetValueOrDefault(questionId) ?? QuestionErrors.None;
}

public sealed record QuestionErrors(SurveyProblem? Answer, SurveyProblem? Comment)
{
    public static readonly QuestionErrors None = new(null, null);
}

/// <summary>
/// One problem as a reason key (the words are cards/text/REASON.liquid) with what the words need: a length limit,
/// the questions at fault, whether the reviewer was submitting, whether N/A is offered.
/// </summary>
public sealed record SurveyProblem(string Reason, int Limit = 0, IReadOnlyList<int>? Questions = null, bool Submitting = false,
    bool AllowsNotApplicable = false);

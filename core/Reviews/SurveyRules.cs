using CaseCoach.Core.Instruments;

namespace CaseCoach.Core.Reviews;

/// <summary>R4, R5: what a draft may hold and what a submitted survey must hold.</summary>
public static class SurveyRules
{
    public const int SummaryMaxLength = 4000;

    /// <summary>A draft may be incomplete but never hold values the instrument does not offer.</summary>
    public static SurveyValidation ForDraft(Instrument instrument, SurveyEntry entry) => Check(instrument, entry, submitting: false);

    /// <summary>R5: every question answered, every No justified by a comment, every "not enough information" saying what is missing.</summary>
    public static SurveyValidation ForSubmit(Instrument instrument, SurveyEntry entry) => Check(instrument, entry, submitting: true);

    private static SurveyValidation Check(Instrument instrument, SurveyEntry entry, bool submitting)
    {
        var errors = new Dictionary<string, QuestionErrors>(StringComparer.Ordinal);
        foreach (var question in instrument.Questions)
        {
            var entered = entry.For(question.Id);
            var answerError = AnswerError(question, entered, submitting, out var answer);
            var commentError = entered.Comment.Length > ReviewAnswer.CommentMaxLength
                ? new SurveyProblem("survey-comment-too-long", Limit: ReviewAnswer.CommentMaxLength)
                : submitting && string.IsNullOrWhiteSpace(entered.Comment)
                    ? answer switch
                    {
                        Answer.No => new SurveyProblem("survey-no-needs-example"),
                        // R5, R8: like a No, "not enough information" says what the file is missing.
                        Answer.NotEnoughInfo => new SurveyProblem("survey-unsure-needs-what-is-missing"),
                        _ => null,
                    }
                    : null;
            if (answerError is not null || commentError is not null)
                errors[question.Id] = new QuestionErrors(answerError, commentError);
        }

        var formError = errors.Count == 0
            ? entry.Strengths.Length > SummaryMaxLength || entry.Opportunities.Length > SummaryMaxLength
                ? new SurveyProblem("survey-summary-too-long", Limit: SummaryMaxLength)
                : null
            : new SurveyProblem("survey-needs-attention", Questions: errors.Keys.Select(k => instrument.Find(k)!.Number).ToList(), Submitting: submitting);
        return new SurveyValidation(errors, formError);
    }

    private static SurveyProblem? AnswerError(InstrumentQuestion question, EnteredAnswer entered, bool submitting, out Answer? answer)
    {
        var pick = new SurveyProblem("survey-pick-answer", AllowsNotApplicable: question.AllowsNotApplicable);
        if (!entered.IsReadable(out answer)) return pick;
        if (answer == Answer.NotApplicable && !question.AllowsNotApplicable) return new SurveyProblem("survey-na-not-offered");
        return submitting && answer is null ? pick : null;
    }
}

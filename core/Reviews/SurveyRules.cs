using CaseCoach.Core.Instruments;

namespace CaseCoach.Core.Reviews;

/// <summary>R4, R5: what a draft may hold and what a submitted survey must hold.</summary>
public static class SurveyRules
{
    public const int SummaryMaxLength = 4000;

    /// <summary>A draft may be incomplete but never hold values the instrument does not offer.</summary>
    public static SurveyValidation ForDraft(Instrument instrument, SurveyEntry entry) => Check(instrument, entry, submitting: false);

    /// <summary>R5: every question answered, and every No justified by a comment.</summary>
    public static SurveyValidation ForSubmit(Instrument instrument, SurveyEntry entry) => Check(instrument, entry, submitting: true);

    private static SurveyValidation Check(Instrument instrument, SurveyEntry entry, bool submitting)
    {
        var errors = new Dictionary<string, QuestionErrors>(StringComparer.Ordinal);
        foreach (var question in instrument.Questions)
        {
            var entered = entry.For(question.Id);
            var answerError = AnswerError(question, entered, submitting, out var answer);
            var commentError = entered.Comment.Length > ReviewAnswer.CommentMaxLength
                ? $"Please keep the comment under {ReviewAnswer.CommentMaxLength} characters."
                : submitting && answer == Answer.No && string.IsNullOrWhiteSpace(entered.Comment)
                    ? "A No needs a comment with a specific example from the file."
                    : "";
            if (answerError.Length > 0 || commentError.Length > 0)
                errors[question.Id] = new QuestionErrors(answerError, commentError);
        }

        var formError = errors.Count switch
        {
            0 when entry.Strengths.Length > SummaryMaxLength || entry.Opportunities.Length > SummaryMaxLength =>
                $"Please keep strengths and opportunities under {SummaryMaxLength} characters each.",
            0 => "",
            1 => $"Question {Number(instrument, errors.Keys.Single())} needs your attention before you {(submitting ? "submit" : "save")}.",
            _ => $"Questions {string.Join(", ", errors.Keys.Select(k => Number(instrument, k)))} need your attention before you {(submitting ? "submit" : "save")}.",
        };
        return new SurveyValidation(errors, formError);
    }

    private static string AnswerError(InstrumentQuestion question, EnteredAnswer entered, bool submitting, out Answer? answer)
    {
        var choices = question.AllowsNotApplicable ? "Yes, No or N/A" : "Yes or No";
        if (!entered.IsReadable(out answer)) return $"Pick {choices}.";
        if (answer == Answer.NotApplicable && !question.AllowsNotApplicable) return "N/A is not an option for this question: pick Yes or No.";
        if (submitting && answer is null) return $"Pick {choices}.";
        return "";
    }

    private static int Number(Instrument instrument, string questionId) => instrument.Find(questionId)!.Number;
}

namespace CaseCoach.Core.Reviews;

/// <summary>R4: an answer to one question. N/A only where the instrument allows it.</summary>
public enum Answer
{
    Yes,
    No,
    NotApplicable,
}

/// <summary>The card's values for <see cref="Answer"/>: "yes", "no", "na" (how they read is cards/text/review-answer.liquid).</summary>
public static class AnswerCodes
{
    public static string ToCode(this Answer? answer) => answer switch
    {
        Answer.Yes => "yes",
        Answer.No => "no",
        Answer.NotApplicable => "na",
        _ => "",
    };

    public static bool TryParse(string? code, out Answer? answer)
    {
        answer = code?.Trim().ToLowerInvariant() switch
        {
            "yes" => Answer.Yes,
            "no" => Answer.No,
            "na" => Answer.NotApplicable,
            _ => null,
        };
        return answer is not null || string.IsNullOrWhiteSpace(code);
    }
}

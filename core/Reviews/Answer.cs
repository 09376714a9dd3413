namespace CaseCoach.Core.Reviews;

/// <summary>R4: an answer to one question. N/A only where the instrument allows it.</summary>
public enum Answer
{
    Yes,
    No,
    NotApplicable,

    /// <summary>
    /// R8: "Not enough information to decide": the file does not show enough to answer. Counts as coaching needed and,
    /// like a No (R5), needs a comment saying what is missing. Stored as its name, which fits the 16-character column.
    /// </summary>
    NotEnoughInfo,
}

/// <summary>The card's values for <see cref="Answer"/>: "yes", "no", "na", "unsure" (how they read is cards/text/review-answer.liquid).</summary>
public static class AnswerCodes
{
    public static string ToCode(this Answer? answer) => answer switch
    {
        Answer.Yes => "yes",
        Answer.No => "no",
        Answer.NotApplicable => "na",
        Answer.NotEnoughInfo => "unsure",
        _ => "",
    };

    public static bool TryParse(string? code, out Answer? answer)
    {
        answer = code?.Trim().ToLowerInvariant() switch
        {
            "yes" => Answer.Yes,
            "no" => Answer.No,
            "na" => Answer.NotApplicable,
            "unsure" => Answer.NotEnoughInfo,
            _ => null,
        };
        return answer is not null || string.IsNullOrWhiteSpace(code);
    }

    /// <summary>R8: the answers that make coaching needed.</summary>
    public static bool NeedsCoaching(this Answer? answer) => answer is Answer.No or Answer.NotEnoughInfo;
}

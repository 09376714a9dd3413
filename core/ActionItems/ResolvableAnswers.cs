using CaseCoach.Core.Instruments;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Core.ActionItems;

/// <summary>A question the coaching session's review answered No: one the session may resolve (R15).</summary>
public sealed record ResolvableAnswer(string QuestionId, int Number, string Text);

/// <summary>R15: the review's questions answered No, in the instrument's order, with their words for the coaching record.</summary>
public static class ResolvableAnswers
{
    public static IReadOnlyList<ResolvableAnswer> Of(Review review, Instrument? instrument)
    {
        ArgumentNullException.ThrowIfNull(review);
        return [.. review.Answers.Where(a => a.Value == Answer.No)
            .Select(a => instrument?.Find(a.QuestionId) is { } q ? new ResolvableAnswer(q.Id, q.Number, q.Text) : new ResolvableAnswer(a.QuestionId, 0, a.QuestionId))
            .OrderBy(a => a.Number == 0 ? int.MaxValue : a.Number).ThenBy(a => a.QuestionId, StringComparer.Ordinal)];
    }
}

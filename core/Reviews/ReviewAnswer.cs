namespace CaseCoach.Core.Reviews;

/// <summary>One question's answer and comment on a review; created blank when the review starts.</summary>
public sealed class ReviewAnswer
{
    public const int CommentMaxLength = 4000;

    private ReviewAnswer() { }

    internal ReviewAnswer(string questionId) => QuestionId = questionId;

    public long Id { get; private set; }
    public long ReviewId { get; private set; }
    public string QuestionId { get; private set; } = "";
    public Answer? Value { get; private set; }
    public string Comment { get; private set; } = "";

    /// <summary>R15: the coaching session during which this No was resolved and became Yes; null otherwise.</summary>
    public DateOnly? ResolvedDuringCoachingOn { get; private set; }

    internal void Record(Answer? value, string comment)
    {
        Value = value;
        Comment = comment;
    }

    internal void ResolvedDuringCoaching(DateOnly sessionOn)
    {
        Value = Answer.Yes;
        ResolvedDuringCoachingOn = sessionOn;
    }
}

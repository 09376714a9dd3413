using CaseCoach.Core.Reviews;

namespace CaseCoach.Core.Reports;

/// <summary>
/// R26: the answers to one question in one cell of a report. Shares are of the answered questions; null when
/// nothing was answered, so an empty cell reads "no reviews", never 0%.
/// </summary>
public sealed record AnswerTally(int Yes, int No, int NotApplicable)
{
    public static readonly AnswerTally Empty = new(0, 0, 0);

    public int Total => Yes + No + NotApplicable;

    public bool IsEmpty => Total == 0;

    public double? YesShare => Share(Yes);
    public double? NoShare => Share(No);
    public double? NotApplicableShare => Share(NotApplicable);

    /// <summary>How well practice met the question: Yes out of Yes and No; N/A says nothing either way.</summary>
    public double? Performance => Yes + No == 0 ? null : (double)Yes / (Yes + No);

    public AnswerTally Add(Answer? value, int count) => value switch
    {
        Answer.Yes => this with { Yes = Yes + count },
        Answer.No => this with { No = No + count },
        Answer.NotApplicable => this with { NotApplicable = NotApplicable + count },
        _ => this,
    };

    public static AnswerTally operator +(AnswerTally a, AnswerTally b) => new(a.Yes + b.Yes, a.No + b.No, a.NotApplicable + b.NotApplicable);

    public static AnswerTally Sum(IEnumerable<AnswerTally> tallies) => tallies.Aggregate(Empty, (a, b) => a + b);

    private double? Share(int count) => Total == 0 ? null : (double)count / Total;
}

using CaseCoach.Core.Reviews;

namespace CaseCoach.Core.Reports;

/// <summary>
/// R26: the answers to one question in one cell of a report. Shares are of the answered questions; null when
/// nothing was answered, so an empty cell reads "no reviews", never 0%. "Not enough information to decide" is its
/// own column (R8: it counts as coaching needed, so it is never folded into Yes or N/A).
/// </summary>
public sealed record AnswerTally(int Yes, int No, int NotApplicable, int NotEnoughInformation = 0)
{
    public static readonly AnswerTally Empty = new(0, 0, 0, 0);

    public int Total => Yes + No + NotApplicable + NotEnoughInformation;

    public bool IsEmpty => Total == 0;

    public double? YesShare => Share(Yes);
    public double? NoShare => Share(No);
    public double? NotApplicableShare => Share(NotApplicable);
    public double? NotEnoughInformationShare => Share(NotEnoughInformation);

    /// <summary>
    /// How well practice met the question: Yes out of Yes, No and "not enough information" (a file that cannot show the
    /// practice did not meet it, R8); N/A says nothing either way.
    /// </summary>
    public double? Performance => Assessed == 0 ? null : (double)Yes / Assessed;

    /// <summary>The answers <see cref="Performance"/> is a share of.</summary>
    public int Assessed => Yes + No + NotEnoughInformation;

    public AnswerTally Add(Answer? value, int count) => value switch
    {
        Answer.Yes => this with { Yes = Yes + count },
        Answer.No => this with { No = No + count },
        Answer.NotApplicable => this with { NotApplicable = NotApplicable + count },
        Answer.NotEnoughInfo => this with { NotEnoughInformation = NotEnoughInformation + count },
        _ => this,
    };

    public static AnswerTally operator +(AnswerTally a, AnswerTally b) =>
        new(a.Yes + b.Yes, a.No + b.No, a.NotApplicable + b.NotApplicable, a.NotEnoughInformation + b.NotEnoughInformation);

    public static AnswerTally Sum(IEnumerable<AnswerTally> tallies) => tallies.Aggregate(Empty, (a, b) => a + b);

    private double? Share(int count) => Total == 0 ? null : (double)count / Total;
}

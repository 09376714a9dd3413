using CaseCoach.Cards.Text;

namespace CaseCoach.Cards.Reviews;

/// <summary>
/// R25: calibration reviews (<see cref="Purpose"/> "calibration", <see cref="Reviews"/> cases of <see cref="Quarter"/>'s
/// round) or a second review ("secondReview") were assigned to the reader, due <see cref="DueText"/>
/// (text/blind-review-assigned.liquid).
/// </summary>
public sealed record BlindReviewAssignedText(string Purpose, int Reviews, string Quarter, string DueText) : ITextModel
{
    public static string TemplateName => "blind-review-assigned";
}

/// <summary>
/// R26: a jump flag's secondary review is the senior reviewer's (text/jump-check-assigned.liquid). <see cref="Dimension"/>
/// is "question" or "unit"; <see cref="Subject"/> the question's number and text or the unit's name.
/// </summary>
public sealed record JumpCheckAssignedText(string Dimension, string Subject, string Month, string Before, string After, int Reviews, string DueText) : ITextModel
{
    public static string TemplateName => "jump-check-assigned";
}

/// <summary>R25: the QA supervisor's answer once a round is started from Teams (text/calibration-round-started.liquid).</summary>
public sealed record CalibrationRoundStartedText(string Quarter, int Cases, int Reviewers, int Reviews) : ITextModel
{
    public static string TemplateName => "calibration-round-started";
}

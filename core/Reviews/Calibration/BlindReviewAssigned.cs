using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Reviews.Calibration;

/// <summary>
/// R25: a reviewer was given <see cref="Reviews"/> calibration reviews (a round) or a senior reviewer a second review,
/// due by <see cref="DueOn"/>. The words are the bot's (cards/text/blind-review-assigned.liquid); no case is named, and
/// nothing of it goes to the front line.
/// </summary>
public sealed record BlindReviewAssigned(Person Recipient, Cause Cause, ReviewPurpose Purpose, int Reviews, string Quarter, DateOnly DueOn) : Notice(Recipient, Cause)
{
    public const string CauseName = "blind-review-assigned";

    public override string EmailTwin => CauseName;

    public static BlindReviewAssigned ForRound(Person reviewer, CalibrationRound round, int reviews, DateOnly dueOn)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        ArgumentNullException.ThrowIfNull(round);
        return new(reviewer, new Cause(CauseName, $"calibration:{round.Id}"), ReviewPurpose.Calibration, reviews, round.Quarter, dueOn);
    }

    public static BlindReviewAssigned ForSecondReview(Review second)
    {
        ArgumentNullException.ThrowIfNull(second);
        return new(second.Reviewer, new Cause(CauseName, second.Key), ReviewPurpose.SecondReview, 1, "", second.DueOn);
    }
}

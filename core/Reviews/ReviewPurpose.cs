namespace CaseCoach.Core.Reviews;

/// <summary>
/// Why a review exists. Only a <see cref="Regular"/> review reaches the front line (R7-R17: debrief, coaching, emails,
/// timeframes) and counts in the quarterly figures (R26). Calibration and second reviews measure the reviewers (R25).
/// </summary>
public enum ReviewPurpose
{
    Regular,

    /// <summary>R25: one reviewer's blind review of a case in a calibration round.</summary>
    Calibration,

    /// <summary>R25: a senior reviewer's blind second review of a new reviewer's review.</summary>
    SecondReview,
}

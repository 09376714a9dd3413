using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Reports.Digest;

/// <summary>
/// R23-R27: a jurisdiction's headline figures for one month, for its director(s) of quality. Shares are null when
/// nothing was measured, so a month without reviews reads "no reviews", never 0%. Figures only: no case, family or
/// person is named. <see cref="OpenJumpFlags"/> is the month's new flags; <see cref="StillOpen"/> the checks not yet done.
/// </summary>
public sealed record MonthlyDigest(
    Jurisdiction Jurisdiction,
    ReportPeriod Month,
    int Reviews,
    double? YesShare,
    double? PreviousYesShare,
    int FeedbackWithin,
    int FeedbackMeasured,
    int OpenJumpFlags,
    bool FlagsApply,
    int RepeatStaffings,
    IReadOnlyList<OpenCheckLine>? OpenChecks = null)
{
    /// <summary>The digest lists at most this many open checks; the count says how many there are in all.</summary>
    public const int OpenChecksListed = 5;

    /// <summary>R26: every secondary review still open, whatever month its flag was raised in (oldest first).</summary>
    public IReadOnlyList<OpenCheckLine> StillOpen => OpenChecks ?? [];

    public bool HasReviews => Reviews > 0;

    /// <summary>R27: the share of the month's reviews whose feedback reached the front line within 2 weeks.</summary>
    public double? FeedbackShare => FeedbackMeasured == 0 ? null : (double)FeedbackWithin / FeedbackMeasured;

    /// <summary>The change of the Yes share against the previous month, in whole percentage points; null when either month has none.</summary>
    public int? YesChangePoints => YesShare is { } now && PreviousYesShare is { } before
        ? (int)Math.Round(now * 100, MidpointRounding.AwayFromZero) - (int)Math.Round(before * 100, MidpointRounding.AwayFromZero)
        : null;
}

using System.ComponentModel.DataAnnotations;

namespace CaseCoach.Core.Reviews.Calibration;

/// <summary>Section `Reviews`: R25, which new reviewers' reviews a senior reviewer second-reviews.</summary>
public sealed class SecondReviewOptions
{
    public const string SectionName = "Reviews";

    /// <summary>A reviewer is new for this many months after their start date (<c>ReviewerSince</c>).</summary>
    [Range(1, 60, ErrorMessage = "Set Reviews:NewReviewerMonths to a number of months between 1 and 60.")]
    public int NewReviewerMonths { get; set; } = 6;

    /// <summary>The share of a new reviewer's reviews that are second-reviewed, 0.05 to 0.10 (5-10%).</summary>
    [Range(0.05, 0.10, ErrorMessage = "Set Reviews:SecondReviewShare to a share between 0.05 and 0.10 (5-10%).")]
    public double SecondReviewShare { get; set; } = 0.10;
}

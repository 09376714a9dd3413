using System.ComponentModel.DataAnnotations;

namespace CaseCoach.Core.Reviews;

/// <summary>Section `Reviews`: the timing of review intake (R2).</summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Reviews";

    /// <summary>How many days before its due date a re-review is assigned, so the reviewer has time to read the file.</summary>
    [Range(0, 92, ErrorMessage = "Set Reviews:AssignDaysBeforeDue to a number of days between 0 and 92.")]
    public int AssignDaysBeforeDue { get; set; } = 30;

    /// <summary>R2: a review whose natural due date has already passed is due this many days after it is assigned.</summary>
    [Range(1, 92, ErrorMessage = "Set Reviews:CatchUpDays to a number of days between 1 and 92.")]
    public int CatchUpDays { get; set; } = 14;
}

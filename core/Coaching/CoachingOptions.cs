using System.ComponentModel.DataAnnotations;

namespace CaseCoach.Core.Coaching;

/// <summary>The <c>Coaching</c> configuration section: how coaching sessions are proposed (R13, R14).</summary>
public sealed class CoachingOptions
{
    public const string SectionName = "Coaching";

    [Range(15, 240, ErrorMessage = "Set Coaching:SessionMinutes to a length between 15 and 240 minutes.")]
    public int SessionMinutes { get; set; } = 60;

    [Range(1, 10, ErrorMessage = "Set Coaching:TimesOffered to between 1 and 10 (times shown in the request).")]
    public int TimesOffered { get; set; } = 5;

    [Range(1, 28, ErrorMessage = "Set Coaching:WiderWindowDays to between 1 and 28 (how many days past the last time shown \"none of these work\" looks at least).")]
    public int WiderWindowDays { get; set; } = 7;

    /// <summary>Where a tentative hold (R10) goes: this many business days after the review's due date, at 10:00.</summary>
    [Range(0, 20, ErrorMessage = "Set Coaching:HoldBusinessDaysAfterDue to between 0 and 20.")]
    public int HoldBusinessDaysAfterDue { get; set; } = 2;
}

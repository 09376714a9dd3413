using System.ComponentModel.DataAnnotations;

namespace CaseCoach.Bot.Plugins.Reviews;

public sealed class ReviewOptions
{
    public const string SectionName = "Reviews";

    /// <summary>How many days before its due date a review is assigned, so the reviewer has time to read the file.</summary>
    [Range(0, 92, ErrorMessage = "Set Reviews:AssignDaysBeforeDue to a number of days between 0 and 92.")]
    public int AssignDaysBeforeDue { get; set; } = 30;
}

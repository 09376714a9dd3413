using System.ComponentModel.DataAnnotations;

namespace CaseCoach.Core.Retention;

/// <summary>
/// Section <c>Retention</c>: how long the bot keeps records that only serve delivery. Audit entries and fidelity
/// records are the agency's history and are never pruned here.
/// </summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Teams redelivers an activity within minutes; a week leaves room for an outage and a late retry.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "365.00:00:00", ErrorMessage = "Retention:ProcessedActivities must be between 01:00:00 and 365.00:00:00.")]
    public TimeSpan ProcessedActivities { get; set; } = TimeSpan.FromDays(7);

    /// <summary>A delivered row's body holds names and case details; after this age it only serves diagnosis.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Retention:DeliveredOutbox must be between 1.00:00:00 and 3650.00:00:00.")]
    public TimeSpan DeliveredOutbox { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Rows one DELETE removes, so no statement holds the write lock long.</summary>
    [Range(1, 100_000, ErrorMessage = "Retention:BatchSize must be between 1 and 100000.")]
    public int BatchSize { get; set; } = 1000;

    /// <summary>Batches per table per sweep run; a larger backlog drains over the next runs.</summary>
    [Range(1, 10_000, ErrorMessage = "Retention:MaxBatchesPerRun must be between 1 and 10000.")]
    public int MaxBatchesPerRun { get; set; } = 50;
}

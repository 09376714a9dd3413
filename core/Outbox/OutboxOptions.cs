using System.ComponentModel.DataAnnotations;

namespace CaseCoach.Core.Outbox;

/// <summary>Configuration section <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Rows one dispatcher claims per run.</summary>
    [Range(1, 1000, ErrorMessage = "Outbox:BatchSize must be between 1 and 1000.")]
    public int BatchSize { get; set; } = 20;

    /// <summary>How long a claim lasts; a row whose lease ran out (its instance died) is claimable again.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00", ErrorMessage = "Outbox:Lease must be between 00:00:05 and 01:00:00.")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Claims after which a row that still cannot be delivered is marked Failed.</summary>
    [Range(1, 100, ErrorMessage = "Outbox:MaxAttempts must be between 1 and 100.")]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay; doubled per attempt, with jitter, up to <see cref="MaxBackoff"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "Outbox:BaseBackoff must be between 1 ms and 01:00:00.")]
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(10);

    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00", ErrorMessage = "Outbox:MaxBackoff must be between 1 ms and 1.00:00:00.")]
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Pause between runs when the last run did not fill a batch.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "Outbox:PollInterval must be between 10 ms and 01:00:00.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Age after which an undelivered row turns GET /healthz Degraded (still 200): a remote keeps refusing,
    /// or no dispatcher is running.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Outbox:DegradedAfter must be between 00:01:00 and 7.00:00:00.")]
    public TimeSpan DegradedAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Runs the background dispatcher; tests and the dev sweep may turn it off and call RunOnceAsync.</summary>
    public bool RunInBackground { get; set; } = true;
}

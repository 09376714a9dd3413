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

    /// <summary>Pause between runs when the last run found nothing due.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00", ErrorMessage = "Outbox:PollInterval must be between 10 ms and 01:00:00.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Age after which an undelivered row turns GET /healthz Degraded (still 200): a remote keeps refusing,
    /// or no dispatcher is running.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "Outbox:DegradedAfter must be between 00:01:00 and 7.00:00:00.")]
    public TimeSpan DegradedAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Dispatch loops run side by side in one instance, each with its own scope and claims, so one loop's claim,
    /// database write or pacing wait does not leave the Teams rate budget unused. A kill -9 may then double up to one
    /// row per lane (the send each had in flight), and rows to one conversation may leave out of order. Default 1.
    /// </summary>
    [Range(1, 32, ErrorMessage = "Outbox:DeliveryLanes must be between 1 and 32.")]
    public int DeliveryLanes { get; set; } = 1;

    /// <summary>Teams' limit per bot per conversation (thread) in any 1 s (bot-protocol.md §6).</summary>
    [Range(1, 1000, ErrorMessage = "Outbox:PerConversationPerSecond must be between 1 and 1000.")]
    public int PerConversationPerSecond { get; set; } = 7;

    /// <summary>Teams' limit per bot per conversation in any hour (bot-protocol.md §6).</summary>
    [Range(1, 1_000_000, ErrorMessage = "Outbox:PerConversationPerHour must be between 1 and 1000000.")]
    public int PerConversationPerHour { get; set; } = 1800;

    /// <summary>
    /// Teams' limit per app per tenant in any 1 s (bot-protocol.md §6). Per instance: with N instances sending to
    /// one tenant, set it to 50/N.
    /// </summary>
    [Range(1, 10_000, ErrorMessage = "Outbox:PerTenantPerSecond must be between 1 and 10000.")]
    public int PerTenantPerSecond { get; set; } = 50;

    /// <summary>
    /// Share by which the pacer stretches each window beyond the limit (0.02 = 2 %), so network jitter between
    /// this process and Teams does not push two sends into one window.
    /// </summary>
    [Range(0.0, 0.5, ErrorMessage = "Outbox:PacingHeadroom must be between 0 and 0.5.")]
    public double PacingHeadroom { get; set; } = 0.02;

    /// <summary>Runs the background dispatcher; tests and the dev sweep may turn it off and call RunOnceAsync.</summary>
    public bool RunInBackground { get; set; } = true;
}

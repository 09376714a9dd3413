using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CaseCoach.Core.Telemetry;

/// <summary>
/// The bot's own traces and metrics, in the BCL's types so core needs no exporter: an OpenTelemetry
/// host subscribes to <see cref="Name"/>. Tags carry kinds, sweep names and reasons, never people or cases.
/// </summary>
public static class CaseCoachTelemetry
{
    public const string Name = "CaseCoach";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> OutboxDelivered =
        Meter.CreateCounter<long>("casecoach.outbox.delivered", "{message}", "Outbox rows delivered, by kind.");

    public static readonly Counter<long> OutboxFailures =
        Meter.CreateCounter<long>("casecoach.outbox.failures", "{message}", "Outbox delivery attempts that did not deliver, by kind and reason (retry or final).");

    public static readonly Histogram<double> SweepDuration =
        Meter.CreateHistogram<double>("casecoach.sweep.duration", "s", "How long one run of a sweep took, by sweep.");

    public static readonly Counter<long> SweepFailures =
        Meter.CreateCounter<long>("casecoach.sweep.failures", "{run}", "Sweep runs that threw, by sweep.");

    /// <summary>The last backlog reading; gauge callbacks run on the exporter's thread and must not query the database.</summary>
    public static OutboxBacklog LatestBacklog { get; set; } = OutboxBacklog.Empty;

    public static readonly ObservableGauge<int> OutboxQueueDepth = Meter.CreateObservableGauge(
        "casecoach.outbox.queue_depth", () => LatestBacklog.Undelivered, "{message}", "Outbox rows not yet delivered (pending or in flight).");

    public static readonly ObservableGauge<double> OutboxOldestAge = Meter.CreateObservableGauge(
        "casecoach.outbox.oldest_undelivered_age", () => LatestBacklog.OldestAge.TotalSeconds, "s", "How long the oldest undelivered outbox row has waited.");
}

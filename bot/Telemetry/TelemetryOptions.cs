namespace CaseCoach.Bot.Telemetry;

/// <summary>
/// Section <c>Telemetry</c>. Traces and metrics go out over OTLP (HTTP/protobuf) only when an endpoint is set,
/// here or in the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>; with none, nothing is collected.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The collector's base address, e.g. http://otel-collector:4318 (the signal paths /v1/traces and /v1/metrics are added).</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>How often metrics are exported and traces flushed.</summary>
    public TimeSpan ExportInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the outbox backlog (queue depth, oldest undelivered row) is read for its gauges.</summary>
    public TimeSpan BacklogInterval { get; set; } = TimeSpan.FromSeconds(30);
}

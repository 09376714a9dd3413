using CaseCoach.Core.Telemetry;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CaseCoach.Bot.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The OTel SDK's own key, honoured as well as <c>Telemetry:OtlpEndpoint</c>.</summary>
    public const string StandardEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>
    /// OpenTelemetry traces (ASP.NET Core, HttpClient, EF Core, the bot's turns, sweeps and outbox runs) and
    /// metrics (the same, the runtime, outbox backlog and failures by reason), exported over OTLP when configured.
    /// The exporters are chosen once options are bound (configuration is final only then); with no endpoint
    /// nothing is sampled or exported.
    /// </summary>
    public static IServiceCollection AddCaseCoachTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName)
            .PostConfigure(o => o.OtlpEndpoint = string.IsNullOrWhiteSpace(o.OtlpEndpoint) ? configuration[StandardEndpointKey] : o.OtlpEndpoint)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();
        services.AddHostedService<OutboxBacklogGauges>();
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("casecoach"))
            .WithTracing(tracing => tracing
                .AddSource(CaseCoachTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .SetSampler(provider => Endpoint(provider) is null ? new AlwaysOffSampler() : new ParentBasedSampler(new AlwaysOnSampler()))
                .AddProcessor(provider => Endpoint(provider) is { } options
                    ? new BatchActivityExportProcessor(new OtlpTraceExporter(ExporterFor(options, "v1/traces")),
                        scheduledDelayMilliseconds: Milliseconds(options.ExportInterval))
                    : new NothingToExport()))
            .WithMetrics(metrics => metrics
                .AddMeter(CaseCoachTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddReader(provider => Endpoint(provider) is { } options
                    ? new PeriodicExportingMetricReader(new OtlpMetricExporter(ExporterFor(options, "v1/metrics")), Milliseconds(options.ExportInterval))
                    : new PeriodicExportingMetricReader(new NoMetricsExported(), int.MaxValue)));
        return services;
    }

    private static TelemetryOptions? Endpoint(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<TelemetryOptions>>().Value is { OtlpEndpoint.Length: > 0 } options ? options : null;

    private static OtlpExporterOptions ExporterFor(TelemetryOptions options, string path) => new()
    {
        Endpoint = new Uri(new Uri(options.OtlpEndpoint!.TrimEnd('/') + "/"), path),
        Protocol = OtlpExportProtocol.HttpProtobuf,
    };

    /// <summary>Telemetry is off: spans are not sampled, so there is nothing to hand on.</summary>
    private sealed class NothingToExport : BaseProcessor<System.Diagnostics.Activity>;

    /// <summary>Telemetry is off: a reader must exist for the builder, but it never exports.</summary>
    private sealed class NoMetricsExported : BaseExporter<Metric>
    {
        public override ExportResult Export(in Batch<Metric> batch) => ExportResult.Success;
    }

    private static int Milliseconds(TimeSpan interval) => (int)Math.Clamp(interval.TotalMilliseconds, 100, TimeSpan.FromHours(1).TotalMilliseconds);
}

using CaseCoach.Bot.Plugins;
using CaseCoach.Core.Telemetry;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Sweeps;

/// <summary>
/// Runs every plugin's sweep on an interval, each in its own scope. A failing sweep is logged and
/// retried on the next run; it never stops the others. Sweeps are safe to repeat and to run on two
/// instances at once, so no coordination is needed here.
/// </summary>
public sealed class SweepService(PluginCatalog catalog, IServiceScopeFactory scopes, IOptions<SweepOptions> options,
    TimeProvider time, ILogger<SweepService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunInBackground || catalog.Sweeps.Count == 0)
            return;

        while (!stoppingToken.IsCancellationRequested)
        {
            await RunOnceAsync(stoppingToken);
            try { await Task.Delay(options.Value.Interval, time, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        foreach (var sweepType in catalog.Sweeps)
        {
            var sweep = new KeyValuePair<string, object?>("sweep", sweepType.Name);
            using var span = CaseCoachTelemetry.Source.StartActivity("sweep " + sweepType.Name);
            var started = time.GetTimestamp();
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await ((ISweep)scope.ServiceProvider.GetRequiredService(sweepType)).RunOnceAsync(cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.SweepFailed(logger, sweepType.Name, e);
                span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error);
                CaseCoachTelemetry.SweepFailures.Add(1, sweep);
            }
            finally
            {
                CaseCoachTelemetry.SweepDuration.Record(time.GetElapsedTime(started).TotalSeconds, sweep);
            }
        }
    }
}

using CaseCoach.Core.Persistence;
using CaseCoach.Core.Telemetry;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Telemetry;

/// <summary>Reads the outbox backlog on an interval for the queue-depth and oldest-row gauges (<see cref="CaseCoachTelemetry"/>).</summary>
internal sealed class OutboxBacklogGauges(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<TelemetryOptions> options, ILogger<OutboxBacklogGauges> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrEmpty(options.Value.OtlpEndpoint))
            return; // nothing exports the gauges
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                CaseCoachTelemetry.LatestBacklog = await OutboxBacklog.ReadAsync(
                    scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>(), time.GetUtcNow(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.BacklogUnreadable(logger, e);
            }

            try { await Task.Delay(options.Value.BacklogInterval, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}

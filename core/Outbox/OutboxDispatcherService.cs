using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseCoach.Core.Outbox;

/// <summary>
/// Runs <see cref="OutboxDispatcher.RunOnceAsync"/> in a loop: straight away while runs claim rows, otherwise after <see cref="OutboxOptions.PollInterval"/>. Each run gets its own scope, so its
/// own DbContext and claim owner. <see cref="OutboxOptions.DeliveryLanes"/> such loops run side by side
/// (claims keep them from taking the same row), so while one claims, records or waits for a paced slot,
/// another sends. Rows to one conversation may then leave in a different order than they were written.
/// </summary>
public sealed class OutboxDispatcherService(
    IServiceScopeFactory scopes,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunInBackground)
        {
            return;
        }

        await Task.WhenAll(Enumerable.Range(0, options.Value.DeliveryLanes).Select(_ => Task.Run(() => LaneAsync(stoppingToken), CancellationToken.None)));
    }

    private async Task LaneAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var summary = await RunOnceAsync(stoppingToken);
                // Only an empty run pauses: with several lanes a short batch often means another lane took the rest of the
                // due rows, and pausing then would leave the rate budget unused while rows wait.
                if (summary.Claimed == 0)
                {
                    await Task.Delay(options.Value.PollInterval, time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the dispatcher has already given back the rows it had not finished.
        }
    }

    private async Task<OutboxRunSummary> RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RunOnceAsync(stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // A database outage must not stop the host; the next run tries again.
            Log.RunFailed(logger, exception);
            return OutboxRunSummary.Empty;
        }
    }
}

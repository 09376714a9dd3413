using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseCoach.Core.Outbox;

/// <summary>
/// Runs <see cref="OutboxDispatcher.RunOnceAsync"/> in a loop: straight away while batches come back
/// full, otherwise after <see cref="OutboxOptions.PollInterval"/>. Each run gets its own scope, so its
/// own DbContext and claim owner.
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

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var summary = await RunOnceAsync(stoppingToken);
                if (summary.Claimed < options.Value.BatchSize)
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

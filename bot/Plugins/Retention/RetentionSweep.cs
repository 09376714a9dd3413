using CaseCoach.Core.Retention;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Plugins.Retention;

/// <summary>The pruning step's shell: the windows and the batched deletes are <see cref="PruneExpiredRecords"/>.</summary>
public sealed partial class RetentionSweep(PruneExpiredRecords prune, IOptions<RetentionOptions> options, TimeProvider time,
    ILogger<RetentionSweep> logger) : ISweep
{
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var result = await prune.RunOnceAsync(time.GetUtcNow(), options.Value, cancellationToken);
        if (result.ProcessedActivities + result.DeliveredOutbox > 0)
            Pruned(logger, result.ProcessedActivities, result.DeliveredOutbox);
    }

    [LoggerMessage(1060, LogLevel.Information, "Retention pruned {ProcessedActivities} processed activities and {DeliveredOutbox} delivered outbox rows")]
    private static partial void Pruned(ILogger logger, int processedActivities, int deliveredOutbox);
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Telemetry;

namespace CaseCoach.Core.Outbox;

/// <summary>
/// Delivers due outbox rows. Safe with several instances on one database: each row is claimed by a
/// conditional update under this instance's id and a lease, and each outcome is recorded only while
/// the claim is still this instance's. One instance per scope; do not call RunOnceAsync concurrently.
/// </summary>
public sealed class OutboxDispatcher
{
    private readonly Dictionary<string, IOutboxDeliverer> _deliverers;
    private readonly OutboxOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxDispatcher> _logger;
    private readonly OutboxClaims _claims;
    private readonly IReadOnlyList<IOutboxFailureAlarm> _alarms;

    public OutboxDispatcher(
        CaseCoachDbContext db,
        IEnumerable<IOutboxDeliverer> deliverers,
        IOptions<OutboxOptions> options,
        TimeProvider time,
        ILogger<OutboxDispatcher> logger,
        IEnumerable<IOutboxFailureAlarm>? alarms = null)
    {
        _alarms = alarms?.ToList() ?? [];
        _deliverers = new Dictionary<string, IOutboxDeliverer>(StringComparer.Ordinal);
        foreach (var deliverer in deliverers)
        {
            if (!_deliverers.TryAdd(deliverer.Kind, deliverer))
            {
                throw new InvalidOperationException($"Two outbox deliverers are registered for kind '{deliverer.Kind}'.");
            }
        }

        _options = options.Value;
        _time = time;
        _logger = logger;
        InstanceId = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        _claims = new OutboxClaims(db, InstanceId);
    }

    /// <summary>Who holds this dispatcher's claims (stored in <see cref="OutboxMessage.ClaimedBy"/>).</summary>
    public string InstanceId { get; }

    public async Task<OutboxRunSummary> RunOnceAsync(CancellationToken cancellationToken)
    {
        using var span = CaseCoachTelemetry.Source.StartActivity("outbox dispatch");
        var claimed = await _claims.ClaimDueAsync(_time.GetUtcNow(), _options.Lease, _options.BatchSize, cancellationToken);
        if (claimed.Count == 0)
        {
            return OutboxRunSummary.Empty;
        }

        Log.Claimed(_logger, InstanceId, claimed.Count);
        var tally = new Tally { Claimed = claimed.Count };
        for (var index = 0; index < claimed.Count; index++)
        {
            var message = claimed[index];
            if (cancellationToken.IsCancellationRequested)
            {
                await ReleaseAsync(claimed, index, currentWasAttempted: false);
                cancellationToken.ThrowIfCancellationRequested();
            }

            DeliveryResult result;
            try
            {
                result = await DeliverAsync(message, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await ReleaseAsync(claimed, index, currentWasAttempted: true);
                throw;
            }

            await RecordAsync(message, result, tally);
        }

        return tally.ToSummary();
    }

    private async Task<DeliveryResult> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.Attempts > _options.MaxAttempts)
        {
            // Claimed more often than allowed without an outcome: earlier attempts died mid-delivery.
            return new DeliveryResult.Failed($"Gave up after {message.Attempts - 1} attempts without a recorded outcome.");
        }

        if (!_deliverers.TryGetValue(message.Kind, out var deliverer))
        {
            return new DeliveryResult.Failed($"No outbox deliverer is registered for kind '{message.Kind}'.");
        }

        try
        {
            return await deliverer.DeliverAsync(message.ToEnvelope(), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.DelivererThrew(_logger, exception, message.Id, message.Kind);
            return new DeliveryResult.RetryLater($"{exception.GetType().Name}: {exception.Message}");
        }
    }

    private async Task RecordAsync(OutboxMessage message, DeliveryResult result, Tally tally)
    {
        var now = _time.GetUtcNow();
        if (result is DeliveryResult.RetryLater retry && message.Attempts >= _options.MaxAttempts)
        {
            result = new DeliveryResult.Failed($"Gave up after {message.Attempts} attempts: {retry.Reason}");
        }

        bool recorded;
        switch (result)
        {
            case DeliveryResult.Delivered delivered:
                recorded = await _claims.MarkDeliveredAsync(message.Id, delivered.ExternalId, now);
                if (recorded) { tally.Delivered++; Log.Delivered(_logger, message.Id, message.Kind, message.Attempts); }
                if (recorded) CaseCoachTelemetry.OutboxDelivered.Add(1, new KeyValuePair<string, object?>("kind", message.Kind));
                break;
            case DeliveryResult.RetryLater later:
                var delay = OutboxBackoff.Delay(message.Attempts, later.After, _options, Random.Shared);
                recorded = await _claims.RescheduleAsync(message.Id, now + delay, later.Reason);
                if (recorded) { tally.Rescheduled++; Log.Rescheduled(_logger, message.Id, message.Kind, delay, message.Attempts); }
                if (recorded) CountFailure(message.Kind, "retry", later.Reason);
                break;
            case DeliveryResult.Failed failed:
                recorded = await _claims.MarkFailedAsync(message.Id, failed.Reason);
                if (recorded) { tally.Failed++; Log.FailedForGood(_logger, message.Id, message.Kind, message.Attempts); await RaiseAsync(message, failed.Reason); }
                if (recorded) CountFailure(message.Kind, "final", failed.Reason);
                break;
            default:
                throw new InvalidOperationException($"Unknown delivery result {result.GetType().Name}.");
        }

        if (!recorded)
        {
            tally.LostClaims++;
            Log.ClaimLost(_logger, message.Id, message.Kind);
        }
    }

    private async Task RaiseAsync(OutboxMessage message, string reason)
    {
        foreach (var alarm in _alarms)
        {
            try
            {
                await alarm.RaiseAsync(message.ToEnvelope(), reason, CancellationToken.None);
            }
            catch (Exception exception)
            {
                // The failure is recorded and listed by `stuck` either way; only the push to the QA supervisor is lost.
                Log.AlarmFailed(_logger, exception, message.Id);
            }
        }
    }

    private static void CountFailure(string kind, string outcome, string? reason) =>
        CaseCoachTelemetry.OutboxFailures.Add(1, new("kind", kind), new("outcome", outcome), new("reason", FailureCategory.Of(reason)));

    private async Task ReleaseAsync(List<OutboxMessage> claimed, int current, bool currentWasAttempted)
    {
        // A row that was handed to its deliverer may have reached the remote: its attempt stands
        // (deliverers are idempotent by key). The rows after it were never tried.
        var released = await _claims.ReleaseAsync([claimed[current].Id], currentWasAttempted);
        released += await _claims.ReleaseAsync(claimed.Skip(current + 1).Select(m => m.Id).ToList(), attempted: false);
        Log.Released(_logger, InstanceId, released);
    }

    private sealed class Tally
    {
        public int Claimed;
        public int Delivered;
        public int Rescheduled;
        public int Failed;
        public int LostClaims;

        public OutboxRunSummary ToSummary() => new(Claimed, Delivered, Rescheduled, Failed, LostClaims);
    }
}

using System.Collections.Concurrent;
using CaseCoach.Core.Outbox;

namespace CaseCoach.Tests.Outbox;

/// <summary>Counts deliveries per idempotency key and answers with <see cref="Respond"/> (Delivered by default).</summary>
internal sealed class RecordingDeliverer(string kind = RecordingDeliverer.DefaultKind) : IOutboxDeliverer
{
    public const string DefaultKind = "test";

    private readonly ConcurrentDictionary<string, int> _byKey = new();
    private int _total;

    public string Kind => kind;

    public Func<OutboxEnvelope, CancellationToken, Task<DeliveryResult>> Respond { get; set; } =
        (envelope, _) => Task.FromResult<DeliveryResult>(new DeliveryResult.Delivered($"ext-{envelope.Id}"));

    public IReadOnlyDictionary<string, int> DeliveriesByKey => _byKey;

    public int Total => Volatile.Read(ref _total);

    public List<OutboxEnvelope> Seen { get; } = [];

    public async Task<DeliveryResult> DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        await Task.Yield();
        lock (Seen)
        {
            Seen.Add(message);
        }

        _byKey.AddOrUpdate(message.IdempotencyKey, 1, (_, count) => count + 1);
        Interlocked.Increment(ref _total);
        return await Respond(message, cancellationToken);
    }
}

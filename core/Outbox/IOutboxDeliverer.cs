namespace CaseCoach.Core.Outbox;

/// <summary>
/// Delivers one kind of outbox row (a Teams message, a card update, an email, a calendar event).
/// Implementations live at the edges (bot/); the dispatcher in core claims rows and calls them.
/// A deliverer must be safe to call again with the same <see cref="OutboxEnvelope.IdempotencyKey"/>:
/// a crash between delivering and recording the delivery makes the dispatcher try once more.
/// </summary>
public interface IOutboxDeliverer
{
    /// <summary>The <see cref="OutboxEnvelope.Kind"/> this deliverer handles, e.g. "email".</summary>
    string Kind { get; }

    Task<DeliveryResult> DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken);
}

/// <summary>One claimed outbox row as a deliverer sees it. Payload is JSON owned by the kind.</summary>
public sealed record OutboxEnvelope(long Id, string Kind, string IdempotencyKey, string Payload, int Attempt);

/// <summary>The classified outcome of one delivery attempt; expected outcomes are results, not exceptions.</summary>
public abstract record DeliveryResult
{
    private DeliveryResult() { }

    /// <summary>Done; <paramref name="ExternalId"/> is what the remote gave back (activity id, message id).</summary>
    public sealed record Delivered(string? ExternalId = null) : DeliveryResult;

    /// <summary>Transient (429, 5xx, timeout): try again, no earlier than <paramref name="After"/> when given.</summary>
    public sealed record RetryLater(string Reason, TimeSpan? After = null) : DeliveryResult;

    /// <summary>Final (403, 404, bad payload): never retried; the row keeps the reason.</summary>
    public sealed record Failed(string Reason) : DeliveryResult;
}

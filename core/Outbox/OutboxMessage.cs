namespace CaseCoach.Core.Outbox;

/// <summary>
/// One unit of outbound work (a Teams message, a card update, an email, a calendar event), written in
/// the same transaction as the state change that caused it. After creation its state moves only through
/// the dispatcher's conditional set-based updates, so that two instances never both own it.
/// </summary>
public sealed class OutboxMessage
{
    public const int KindMaxLength = 64;
    public const int IdempotencyKeyMaxLength = 200;
    public const int ClaimedByMaxLength = 200;
    public const int ErrorMaxLength = 2000;

    private OutboxMessage() { }

    public long Id { get; private set; }
    public string Kind { get; private set; } = "";

    /// <summary>Unique: the same effect is never enqueued twice, and deliverers pass it on to the remote.</summary>
    public string IdempotencyKey { get; private set; } = "";
    public string Payload { get; private set; } = "";
    public OutboxStatus Status { get; private set; }

    /// <summary>Claims so far; counted at claim time so a row that crashes its instance still runs out.</summary>
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public string? ClaimedBy { get; private set; }
    public DateTimeOffset? LeaseUntil { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public string? ExternalId { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static OutboxMessage Create(
        string kind, string idempotencyKey, string payload, DateTimeOffset now, DateTimeOffset? notBefore = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        ArgumentNullException.ThrowIfNull(payload);
        if (kind.Length > KindMaxLength || idempotencyKey.Length > IdempotencyKeyMaxLength)
        {
            throw new ArgumentException(
                $"An outbox kind has at most {KindMaxLength} characters and an idempotency key at most {IdempotencyKeyMaxLength}.");
        }

        return new OutboxMessage
        {
            Kind = kind,
            IdempotencyKey = idempotencyKey,
            Payload = payload,
            Status = OutboxStatus.Pending,
            NextAttemptAt = notBefore is { } later && later > now ? later : now,
            CreatedAt = now,
        };
    }

    public OutboxEnvelope ToEnvelope() => new(Id, Kind, IdempotencyKey, Payload, Attempts);
}

using System.Text.Json;
using CaseCoach.Core.Persistence;

namespace CaseCoach.Core.Outbox;

/// <summary>
/// Adds outbox rows to the caller's own <see cref="CaseCoachDbContext"/>: nothing is written until the
/// caller's SaveChanges, so the rows commit or roll back together with the state change that caused them.
/// A second row with the same idempotency key fails that SaveChanges (unique index).
/// </summary>
public sealed class OutboxWriter(CaseCoachDbContext db, TimeProvider time)
{
    public OutboxMessage Enqueue(string kind, string idempotencyKey, string payloadJson, DateTimeOffset? notBefore = null)
    {
        try
        {
            using var _ = JsonDocument.Parse(payloadJson);
        }
        catch (JsonException exception)
        {
            throw new ArgumentException("An outbox payload must be JSON.", nameof(payloadJson), exception);
        }

        var message = OutboxMessage.Create(kind, idempotencyKey, payloadJson, time.GetUtcNow(), notBefore);
        db.OutboxMessages.Add(message);
        return message;
    }

    public OutboxMessage Enqueue<TPayload>(
        string kind, string idempotencyKey, TPayload payload, DateTimeOffset? notBefore = null) =>
        Enqueue(kind, idempotencyKey, JsonSerializer.Serialize(payload, JsonSerializerOptions.Web), notBefore);
}

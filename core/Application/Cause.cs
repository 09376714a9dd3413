namespace CaseCoach.Core.Application;

/// <summary>
/// Why a message goes out: the event and the thing it is about (<c>review-started</c>, a review key). The outbox
/// idempotency key is built from it in one place (bot/Outbound/OutboxKeys), so the same cause reaches the same
/// recipient on the same channel once, however often a turn or sweep is repeated.
/// </summary>
public sealed record Cause(string Name, string SubjectId)
{
    public override string ToString() => $"{Name}:{SubjectId}";
}

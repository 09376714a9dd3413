namespace CaseCoach.Core.Outbox;

/// <summary>What one dispatcher run did; <see cref="LostClaims"/> counts outcomes another instance pre-empted.</summary>
public sealed record OutboxRunSummary(int Claimed, int Delivered, int Rescheduled, int Failed, int LostClaims)
{
    public static OutboxRunSummary Empty { get; } = new(0, 0, 0, 0, 0);
}

namespace CaseCoach.Core.Outbox;

public enum OutboxStatus
{
    /// <summary>Waiting for its <see cref="OutboxMessage.NextAttemptAt"/>.</summary>
    Pending,

    /// <summary>Claimed by one dispatcher until <see cref="OutboxMessage.LeaseUntil"/>.</summary>
    InFlight,
    Delivered,

    /// <summary>Final: never retried; <see cref="OutboxMessage.LastError"/> says why.</summary>
    Failed,
}

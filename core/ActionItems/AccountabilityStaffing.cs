using CaseCoach.Core.Audit;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// R22: the escalation of a caseworker's unresolved overdue items to the director of quality and the program
/// director, and the staffing booked for it. Kept per worker and unit so repeats can be reported (R23).
/// </summary>
public sealed class AccountabilityStaffing : AuditedEntity
{
    private AccountabilityStaffing() { }

    public Guid Id { get; private set; }
    public long CaseId { get; private set; }
    public long CaseworkerId { get; private set; }
    public long UnitId { get; private set; }
    public Guid[] ActionItemIds { get; private set; } = [];
    public DateOnly MissedDueOn { get; private set; }

    /// <summary>The sweep notice that raised it; the escalation cards' outbox keys start with it, so they can be updated.</summary>
    public string NoticeKey { get; private set; } = "";
    public DateTimeOffset EscalatedAt { get; private set; }
    public DateTimeOffset? ScheduledAt { get; private set; }
    public long? ScheduledById { get; private set; }
    public DateTimeOffset? StartsAt { get; private set; }

    public static AccountabilityStaffing Escalate(
        long caseId, long caseworkerId, long unitId, IEnumerable<Guid> actionItemIds, DateOnly missedDueOn, string noticeKey, DateTimeOffset now) => new()
    {
        NoticeKey = noticeKey,
        Id = Guid.CreateVersion7(now),
        CaseId = caseId,
        CaseworkerId = caseworkerId,
        UnitId = unitId,
        ActionItemIds = actionItemIds.Distinct().Order().ToArray(),
        MissedDueOn = missedDueOn,
        EscalatedAt = now,
    };

    protected override string AuditType => nameof(AccountabilityStaffing);

    protected override string AuditId => Id.ToString();

    protected override object AuditDetails() => new { startsAt = StartsAt };

    /// <summary>Booked once: a second click (or the other director) finds it already scheduled.</summary>
    public FidelityEvent Schedule(Person actor, DateTimeOffset startsAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var actorId = actor.Id;
        if (ScheduledAt is not null)
            throw new ActionItemRuleException("This accountability staffing is already scheduled.");
        ScheduledAt = now;
        ScheduledById = actorId;
        StartsAt = startsAt;
        Audited(actor.AadObjectId, "actionItems.scheduleStaffing");
        return FidelityEvent.Record(FidelityEventKinds.StaffingScheduled, CaseId, now, actorPersonId: actorId, dueOn: MissedDueOn);
    }
}

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// R24: one dated step of the model (coaching recorded, item reported done, verified, barrier, extension,
/// reminder, overdue email, escalation, staffing booked), so its timeframes can be measured afterwards.
/// Ids only: no names or case details.
/// </summary>
public sealed class FidelityEvent
{
    public const int KindMaxLength = 64;

    private FidelityEvent() { }

    public long Id { get; private set; }
    public string Kind { get; private set; } = "";
    public long CaseId { get; private set; }
    public Guid? CoachingRecordId { get; private set; }
    public Guid? ActionItemId { get; private set; }

    /// <summary>The person who acted, or null for the bot's own sweeps.</summary>
    public long? ActorPersonId { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>The due date in force when the event happened, so lateness is measurable without history.</summary>
    public DateOnly? DueOn { get; private set; }

    public static FidelityEvent Record(
        string kind, long caseId, DateTimeOffset at, Guid? coachingRecordId = null, Guid? actionItemId = null,
        long? actorPersonId = null, DateOnly? dueOn = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        return new FidelityEvent
        {
            Kind = kind,
            CaseId = caseId,
            CoachingRecordId = coachingRecordId,
            ActionItemId = actionItemId,
            ActorPersonId = actorPersonId,
            At = at,
            DueOn = dueOn,
        };
    }
}

/// <summary>The kinds of <see cref="FidelityEvent"/>; stable strings because reports group by them.</summary>
public static class FidelityEventKinds
{
    public const string CoachingRecorded = "coaching.recorded";
    public const string ActionItemsEmailed = "actionItems.emailed";
    public const string ReportedDone = "actionItem.reportedDone";
    public const string BarrierReported = "actionItem.barrierReported";
    public const string Verified = "actionItem.verified";
    public const string SentBack = "actionItem.sentBack";
    public const string DueDateExtended = "actionItem.extended";
    public const string ReminderSent = "actionItem.reminder";
    public const string OverdueNoticeSent = "actionItem.overdueNotice";
    public const string OverdueEmailSent = "actionItem.overdueEmail";
    public const string Escalated = "accountability.escalated";
    public const string StaffingScheduled = "accountability.scheduled";
}

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

    /// <summary>The review a hand-off clock measured (R7, R8, R13, R27), when the event is about one.</summary>
    public long? ReviewId { get; private set; }

    /// <summary>A hand-off's deadline to the minute (a same-day clock ends at close of business, not at midnight).</summary>
    public DateTimeOffset? DueAt { get; private set; }

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

    /// <summary>
    /// R24: a hand-off missed its clock: <see cref="DueAt"/> is the deadline, <see cref="At"/> when the step was seen
    /// still waiting past it. <paramref name="dueOn"/> is the deadline's date in the jurisdiction.
    /// </summary>
    public static FidelityEvent Breach(
        string kind, long caseId, DateTimeOffset dueAt, DateOnly dueOn, DateTimeOffset at, long? reviewId, Guid? coachingRecordId, Guid? actionItemId)
    {
        var breach = Record(kind, caseId, at, coachingRecordId, actionItemId, dueOn: dueOn);
        breach.ReviewId = reviewId;
        breach.DueAt = dueAt;
        return breach;
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

    /// <summary>A hand-off clock ran out (e.g. "handOff.decision.late"); the step names are <c>HandOffStep</c>'s.</summary>
    public static string HandOffLate(string step) => $"handOff.{step}.late";
}

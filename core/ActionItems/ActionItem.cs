using CaseCoach.Core.Audit;

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// One task agreed in a coaching session (R15, R16): what, who and by when, tracked through report,
/// verification, barriers and extensions (R18, R19). Every step stamps its time and returns the
/// <see cref="FidelityEvent"/> it produced (R24). Rule methods check everything before changing anything.
/// </summary>
public sealed class ActionItem : AuditedEntity
{
    public const int DescriptionMaxLength = 1000;
    public const int NoteMaxLength = 2000;

    private ActionItem() { }

    public Guid Id { get; private set; }
    public Guid CoachingRecordId { get; private set; }
    public long CaseId { get; private set; }
    public string Description { get; private set; } = "";
    public long OwnerId { get; private set; }

    /// <summary>The due date as a calendar day in the jurisdiction; it ends at close of business.</summary>
    public DateOnly DueOn { get; private set; }
    public DateOnly OriginalDueOn { get; private set; }

    /// <summary>
    /// The sweep's index marker (R20-R22): the due date about which notices may still be owed, or null once the
    /// overdue notice, its email and the escalation about <see cref="DueOn"/> were all sent (set by the sweep in SQL,
    /// <see cref="NoticeCandidates.SettleAsync"/>). Every change of the due date sets it again, so long-escalated
    /// items that stay open leave the sweep's index range instead of costing a probe each run.
    /// </summary>
    public DateOnly? NoticesPendingFor { get; private set; }

    /// <summary>R19: an item that addresses a safety concern can never be extended.</summary>
    public bool IsSafety { get; private set; }
    public ActionItemStatus Status { get; private set; }
    public string? Barrier { get; private set; }
    public string? SendBackReason { get; private set; }
    public int ExtensionCount { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReportedDoneAt { get; private set; }
    public DateTimeOffset? BarrierReportedAt { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }
    public DateTimeOffset? SentBackAt { get; private set; }
    public DateTimeOffset? ExtendedAt { get; private set; }

    /// <summary>Bumped by every step: two people acting on the same item at once cannot both win (optimistic concurrency).</summary>
    public int Version { get; private set; }

    /// <summary>R16: owners and due dates are agreed in the session; a date already past is a typo, not a plan.</summary>
    public static ActionItem Agree(
        Guid coachingRecordId, long caseId, string description, long ownerId, DateOnly dueOn, bool isSafety, DateOnly today, DateTimeOffset now)
    {
        var text = description?.Trim() ?? "";
        if (text.Length == 0)
            throw new ActionItemRuleException("action-item-needs-description", "Every action item needs a description of the task.");
        if (text.Length > DescriptionMaxLength)
            throw new ActionItemRuleException("action-item-description-too-long", $"An action item's description has at most {DescriptionMaxLength} characters.");
        if (dueOn < today)
            throw new ActionItemRuleException("action-item-due-in-past", $"The due date {dueOn:yyyy-MM-dd} is in the past; pick today or a later date.");

        return new ActionItem
        {
            Id = Guid.CreateVersion7(now),
            CoachingRecordId = coachingRecordId,
            CaseId = caseId,
            Description = text,
            OwnerId = ownerId,
            DueOn = dueOn,
            OriginalDueOn = dueOn,
            NoticesPendingFor = dueOn,
            IsSafety = isSafety,
            Status = ActionItemStatus.Open,
            CreatedAt = now,
        };
    }

    /// <summary>R18: the caseworker (or supervisor) says the task is done and documented; the reviewer still has to verify.</summary>
    public FidelityEvent ReportDone(long actorId, DateTimeOffset now)
    {
        if (Status != ActionItemStatus.Open)
            throw Status == ActionItemStatus.Verified
                ? new ActionItemRuleException("action-item-already-verified", "This item is already verified as complete.")
                : new ActionItemRuleException("action-item-already-reported", "This item is already reported done and is waiting for the reviewer to verify it.");
        Status = ActionItemStatus.ReportedDone;
        ReportedDoneAt = now;
        Version++;
        return Event(FidelityEventKinds.ReportedDone, actorId, now);
    }

    /// <summary>R19: a barrier is reported so the reviewer can extend (or, for safety items, escalate).</summary>
    public FidelityEvent ReportBarrier(long actorId, string? barrier, DateTimeOffset now)
    {
        var text = barrier?.Trim() ?? "";
        if (Status != ActionItemStatus.Open)
            throw new ActionItemRuleException("action-item-not-open", "A barrier can only be reported on an open item.");
        if (text.Length == 0)
            throw new ActionItemRuleException("action-item-barrier-missing", "Please describe the barrier in the box above the button.");
        if (text.Length > NoteMaxLength)
            throw new ActionItemRuleException("action-item-barrier-too-long", $"A barrier has at most {NoteMaxLength} characters.");
        Barrier = text;
        BarrierReportedAt = now;
        Version++;
        return Event(FidelityEventKinds.BarrierReported, actorId, now);
    }

    /// <summary>R18: only an item reported done can be verified, after the reviewer checked the case file.</summary>
    public FidelityEvent Verify(long actorId, DateTimeOffset now)
    {
        if (Status != ActionItemStatus.ReportedDone)
            throw Status == ActionItemStatus.Verified
                ? new ActionItemRuleException("action-item-already-verified", "This item is already verified.")
                : new ActionItemRuleException("action-item-not-reported", "This item has not been reported done yet (R18).");
        Status = ActionItemStatus.Verified;
        VerifiedAt = now;
        Version++;
        return Event(FidelityEventKinds.Verified, actorId, now);
    }

    /// <summary>R18: the file does not show the task done yet; it goes back to open with the reason.</summary>
    public FidelityEvent SendBack(long actorId, string? reason, DateTimeOffset now)
    {
        var text = reason?.Trim() ?? "";
        if (Status != ActionItemStatus.ReportedDone)
            throw new ActionItemRuleException("action-item-send-back-not-reported", "Only an item reported done can be sent back.");
        if (text.Length == 0)
            throw new ActionItemRuleException("action-item-reason-missing", "Please say what is still missing in the file.");
        if (text.Length > NoteMaxLength)
            throw new ActionItemRuleException("action-item-reason-too-long", $"A reason has at most {NoteMaxLength} characters.");
        Status = ActionItemStatus.Open;
        SendBackReason = text;
        SentBackAt = now;
        Version++;
        return Event(FidelityEventKinds.SentBack, actorId, now);
    }

    /// <summary>R19: the reviewer may move the due date later, never for a safety item and never into the past.</summary>
    public FidelityEvent ExtendDueDate(long actorId, DateOnly newDueOn, DateOnly today, DateTimeOffset now)
    {
        if (IsSafety)
            throw new ActionItemRuleException("action-item-safety-no-extension", "This item addresses a safety concern, so its due date cannot be extended (R19).");
        if (Status == ActionItemStatus.Verified)
            throw new ActionItemRuleException("action-item-verified-no-extension", "This item is already verified; there is nothing to extend.");
        if (newDueOn <= DueOn)
            throw new ActionItemRuleException("action-item-extend-not-later", $"The new due date must be later than the current one ({DueOn:yyyy-MM-dd}).");
        if (newDueOn < today)
            throw new ActionItemRuleException("action-item-extend-in-past", "The new due date is in the past; pick today or a later date.");
        DueOn = newDueOn;
        // Always differs from the value loaded (the old due date or null), so the update writes it even when the
        // sweep settled the old date meanwhile: the new date earns a fresh set of notices.
        NoticesPendingFor = newDueOn;
        ExtensionCount++;
        ExtendedAt = now;
        Version++;
        return Event(FidelityEventKinds.DueDateExtended, actorId, now);
    }

    /// <summary>
    /// Audits the step a rule method just took. The rule methods know the actor by person id (the fidelity event's
    /// key) while the trail keys people by aadObjectId, so the step's use case names both once, here.
    /// </summary>
    public void StepTaken(string actorAadObjectId, string action) => Audited(actorAadObjectId, action);

    protected override string AuditType => nameof(ActionItem);
    protected override string AuditId => Id.ToString();
    protected override object AuditDetails() => new { status = Status.ToString(), dueOn = DueOn };

    public FidelityEvent Event(string kind, long? actorId, DateTimeOffset now) =>
        FidelityEvent.Record(kind, CaseId, now, CoachingRecordId, Id, actorId, DueOn);
}

using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.ActionItems;

public sealed record ShowChecklistCommand(Person? Viewer, string? CoachingRecordId, DateTimeOffset Now);

/// <summary>
/// `actionItems.refresh`: the opener's own view of a checklist (refresh.userIds), for the people who may see it. R17's
/// designated parties are copied on the action-items email, and Outlook runs its refresh as whoever opens it: a
/// designated party known to CaseCoach gets the checklist read-only (no role on the case, so no buttons), not a refusal.
/// </summary>
public sealed class ShowChecklist(ActionItemWork work, ActionItemCalendar calendar)
{
    public static readonly Refusal Gone = new(RefusalCode.NotFound, "checklist-gone");
    public static readonly Refusal NotYours = new(RefusalCode.NotAllowed, "checklist-not-yours");

    public async Task<Result<ChecklistCopy>> HandleAsync(ShowChecklistCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!Guid.TryParse(command.CoachingRecordId, out var recordId) || await work.LoadAsync(recordId, cancellationToken) is not { } checklist)
            return Gone;
        if (command.Viewer is not { } viewer) return NotYours;
        var jurisdiction = await calendar.JurisdictionAsync(cancellationToken);
        if (!checklist.MayView(viewer) && !IsDesignated(viewer, jurisdiction)) return NotYours;
        return Result<ChecklistCopy>.Done(new(viewer, checklist, ActionItemClock.For(jurisdiction, command.Now)));
    }

    /// <summary>R17: the person's own (normalised) address is one the jurisdiction copies on action-item emails.</summary>
    private static bool IsDesignated(Person viewer, Jurisdiction? jurisdiction) =>
        jurisdiction is not null && viewer.Email.Length > 0
        && jurisdiction.DesignatedRecipientEmails.Contains(viewer.Email, StringComparer.OrdinalIgnoreCase);
}

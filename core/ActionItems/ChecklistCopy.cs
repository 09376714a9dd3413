using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// R17-R19: one viewer's copy of a session's checklist card. Each viewer sees their own buttons, so the cause names
/// the viewer: updating the delivered copies of this cause replaces that viewer's card, and only theirs.
/// </summary>
public sealed record ChecklistCopy(Person Recipient, Checklist Checklist, ActionItemClock Clock)
    : Notice(Recipient, new Cause("checklist", $"{Checklist.Record.Id:N}.{Recipient.Id}"))
{
    /// <summary>
    /// Set when the action-items email (R17) goes with this copy: every viewer is on it, to or copied, with the same
    /// items (and, for the caseworker, the same buttons in Outlook), so Teams failing sends no twin as well.
    /// </summary>
    public bool ItemsEmailed { get; init; }

    public override bool EmailedAlongside => ItemsEmailed;
}

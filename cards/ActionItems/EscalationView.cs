using CaseCoach.Cards.Text;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Cards.ActionItems;

/// <summary>R22, R23: one director's escalation card model, in their time zone, with the booking once there is one.</summary>
public sealed class EscalationView(ITextRenderer texts)
{
    public EscalationCard Of(EscalationCopy notice, string originator)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var (viewer, staffing, checklist, clock) = (notice.Recipient, notice.Staffing, notice.Checklist, notice.Clock);
        var items = checklist.Items.Where(i => staffing.ActionItemIds.Contains(i.Id)).Select(i => new EscalatedItem(
            i.Description, checklist.People[i.OwnerId].Name, clock.CloseOfBusinessOn(i.DueOn),
            texts.Render(DuePhraseText.For(i.DueOn, i.Status == ActionItemStatus.Open, clock.Now, viewer.TimeZone)), i.Barrier ?? "")).ToList();
        var zone = Core.Scheduling.ZoneNames.FindOrUtc(viewer.TimeZone);
        var scheduled = staffing.StartsAt is { } start ? texts.Render(new StaffingBookedText(Phrasing.DayAndTime(start, zone))) : "";
        return new EscalationCard(originator, staffing.Id.ToString(), checklist.Case.Name, checklist.Caseworker.Name, notice.UnitName, items,
            RepeatWarning(texts, notice.Repeat), scheduled, CanSchedule: staffing.ScheduledAt is null && ActionItemRoles.CanScheduleStaffing(viewer));
    }

    /// <summary>R23: which staffing this is for the worker and the unit; a warning sign, never a score.</summary>
    public static string RepeatWarning(ITextRenderer texts, RepeatStaffing repeat)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(repeat);
        return repeat.IsRepeat ? texts.Render(new StaffingRepeatWarningText(repeat.ForCaseworker, repeat.ForUnit)) : "";
    }
}

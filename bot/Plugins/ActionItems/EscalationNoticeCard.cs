using System.Globalization;
using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Outbound;
using CaseCoach.Cards;
using CaseCoach.Cards.ActionItems;
using CaseCoach.Cards.Text;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>R22, R23: one director's escalation card, in their time zone, with the booking once there is one.</summary>
public sealed class EscalationNoticeCard(ICardRenderer cards, ITextRenderer texts, IConfiguration configuration) : INoticeCard<EscalationCopy>
{
    public JsonElement Render(EscalationCopy notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var (viewer, staffing, checklist, clock) = (notice.Recipient, notice.Staffing, notice.Checklist, notice.Clock);
        var items = checklist.Items.Where(i => staffing.ActionItemIds.Contains(i.Id)).Select(i => new EscalatedItem(
            i.Description, checklist.People[i.OwnerId].Name, clock.CloseOfBusinessOn(i.DueOn),
            DuePhrase.For(i.DueOn, i.Status == ActionItemStatus.Open, clock.Now, viewer.TimeZone), i.Barrier ?? "")).ToList();
        var scheduled = staffing.StartsAt is { } start ? texts.Render(new StaffingBookedText(InZone(start, viewer.TimeZone))) : "";
        return cards.Render(new EscalationCard(configuration["Outlook:ActionableMessageOriginator"] ?? "", staffing.Id.ToString(),
            checklist.Case.Name, checklist.Caseworker.Name, notice.UnitName, items, RepeatWarning(texts, notice.Repeat), scheduled,
            CanSchedule: staffing.ScheduledAt is null && ActionItemRoles.CanScheduleStaffing(viewer)));
    }

    public InvokeResponse Show(EscalationCopy copy) => InvokeResponse.Card(Render(copy));

    public static string RepeatWarning(ITextRenderer texts, RepeatStaffing repeat)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(repeat);
        return repeat.IsRepeat ? texts.Render(new StaffingRepeatWarningText(repeat.ForCaseworker, repeat.ForUnit)) : "";
    }

    private static string InZone(DateTimeOffset start, string timeZone) =>
        NodaTime.Instant.FromDateTimeOffset(start).InZone(Core.Scheduling.ZoneNames.Find(timeZone) ?? NodaTime.DateTimeZone.Utc)
            .ToDateTimeOffset().ToString("dddd, MMMM d 'at' h:mm tt", CultureInfo.GetCultureInfo("en-US"));
}

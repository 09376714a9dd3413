using CaseCoach.Core.Scheduling;
using IcalEvent = Ical.Net.CalendarComponents.CalendarEvent;
using Ical.Net.DataTypes;
using NodaTime;
using IcalCalendar = Ical.Net.Calendar;

namespace CaseCoach.Bot.Calendar;

/// <summary>
/// Turns the events of an iCalendar file into busy blocks over a window, recurrences included (Ical.Net expands
/// them). Times with a TZID use that zone (IANA or Windows name), UTC times are UTC, and floating times and
/// all-day dates are the person's own wall clock.
/// </summary>
internal static class IcsBusyTimes
{
    public static IEnumerable<BusyBlock> Read(
        IcalCalendar calendar, Interval window, DateTimeZone personZone, Func<IcalEvent, bool>? include = null)
    {
        // A day of slack: a floating time is compared as if it were UTC, which can be up to 14 hours off.
        var from = new CalDateTime((window.Start - NodaTime.Duration.FromDays(1)).ToDateTimeUtc(), "UTC", true);
        foreach (var calendarEvent in calendar.Events)
        {
            if (LeavesTimeFree(calendarEvent) || include?.Invoke(calendarEvent) == false)
            {
                continue;
            }

            foreach (var occurrence in calendarEvent.GetOccurrences(from))
            {
                var start = ToInstant(occurrence.Period.StartTime, personZone);
                if (start >= window.End)
                {
                    break;
                }

                var end = ToInstant(occurrence.Period.EffectiveEndTime ?? occurrence.Period.StartTime, personZone);
                if (end > window.Start && end > start)
                {
                    yield return new BusyBlock(start, end);
                }
            }
        }
    }

    /// <summary>Cancelled events and those marked "show as free" (TRANSP:TRANSPARENT) do not block time.</summary>
    public static bool LeavesTimeFree(IcalEvent calendarEvent) =>
        string.Equals(calendarEvent.Status, "CANCELLED", StringComparison.OrdinalIgnoreCase)
        || string.Equals(calendarEvent.Transparency, "TRANSPARENT", StringComparison.OrdinalIgnoreCase);

    public static Instant ToInstant(CalDateTime time, DateTimeZone personZone)
    {
        var local = LocalDateTime.FromDateTime(time.Value);
        var zone = time.IsUtc ? DateTimeZone.Utc : ZoneNames.Find(time.TzId) ?? personZone;
        return zone.AtLeniently(local).ToInstant();
    }
}

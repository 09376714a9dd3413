using CaseCoach.Core.Scheduling;
using NodaTime;

namespace CaseCoach.Tests.Scheduling;

/// <summary>
/// The rules of a valid slot written the slow, obvious way (one instant at a time, converting to each zone),
/// to check the slot finder's range arithmetic against.
/// </summary>
internal static class SlotOracle
{
    public static bool OverlapsBusy(AttendeeAvailability attendee, Instant start, Instant end) =>
        attendee.Busy.Any(b => b.Overlaps(start, end));

    public static bool InsideWorkingHours(WorkingHours hours, Instant start, Instant end)
    {
        var localStart = start.InZone(hours.Zone).LocalDateTime;
        var localEnd = end.InZone(hours.Zone).LocalDateTime;
        return localStart.Date == localEnd.Date
            && hours.Days.Contains(localStart.DayOfWeek)
            && localStart.TimeOfDay >= hours.Start
            && localEnd.TimeOfDay <= hours.End;
    }

    /// <summary>A slot belongs to one business day of the jurisdiction; it never runs over midnight into the next.</summary>
    public static bool WithinOneBusinessDay(BusinessCalendar calendar, Instant start, Instant end) =>
        calendar.IsBusinessDay(calendar.DateAt(start)) && calendar.DateAt(start) == calendar.DateAt(end - Duration.Epsilon);

    public static bool CanAttend(AttendeeAvailability attendee, Instant start, Instant end) =>
        !OverlapsBusy(attendee, start, end) && InsideWorkingHours(attendee.WorkingHours, start, end);

    public static bool OnGrid(SlotSearch search, Instant start)
    {
        var local = start.InZone(search.Calendar.Zone).LocalDateTime.TimeOfDay;
        return local.NanosecondOfDay % search.Step.ToInt64Nanoseconds() == 0;
    }

    /// <summary>Every valid start in time order, found by trying each quarter hour of the window.</summary>
    public static List<(Instant Start, bool CaseworkerFree)> AllValidSlots(SlotSearch search)
    {
        var window = CoachingWindow.For(search.Calendar, search.ReviewCompletedAt, search.SafetyConcern);
        var from = window.Start > search.Now ? window.Start : search.Now;
        var quarter = Duration.FromMinutes(15);
        var fromTicks = from.ToUnixTimeTicks();
        var quarterTicks = quarter.BclCompatibleTicks;
        var t = Instant.FromUnixTimeTicks(((fromTicks + quarterTicks - 1) / quarterTicks) * quarterTicks);
        var caseworker = search.Attendees.FirstOrDefault(a => a.Role == AttendeeRole.Caseworker);
        var slots = new List<(Instant, bool)>();
        for (; t + search.Length <= window.End; t += quarter)
        {
            var end = t + search.Length;
            if (OnGrid(search, t) && WithinOneBusinessDay(search.Calendar, t, end)
                && search.Attendees.Where(a => a.Role.IsRequiredAtCoaching()).All(a => CanAttend(a.Availability, t, end)))
            {
                slots.Add((t, caseworker is not null && CanAttend(caseworker.Availability, t, end)));
            }
        }

        return slots;
    }

    /// <summary>R13's ranking applied to every valid slot.</summary>
    public static List<(Instant Start, bool CaseworkerFree)> Expected(SlotSearch search)
    {
        var all = AllValidSlots(search);
        var preferCaseworker = !search.SafetyConcern && search.Attendees.Any(a => a.Role == AttendeeRole.Caseworker);
        var ranked = preferCaseworker ? all.Where(s => s.CaseworkerFree).Concat(all.Where(s => !s.CaseworkerFree)) : all;
        return [.. ranked.Take(search.MaxCandidates)];
    }
}

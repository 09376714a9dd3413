using CaseCoach.Core.Scheduling;
using Microsoft.Graph.Models;
using NodaTime;
using AttendeeAvailability = CaseCoach.Core.Scheduling.AttendeeAvailability;
using NodaTime.Text;
using CoreWorkingHours = CaseCoach.Core.Scheduling.WorkingHours;
using GraphWorkingHours = Microsoft.Graph.Models.WorkingHours;

namespace CaseCoach.Bot.Calendar;

/// <summary>Reads Graph's getSchedule answer (scheduleItems and workingHours) into the scheduling port's records.</summary>
internal static class GraphSchedules
{
    public static DateTimeTimeZone ToGraph(Instant instant) => new()
    {
        DateTime = LocalDateTimePattern.ExtendedIso.Format(instant.InUtc().LocalDateTime),
        TimeZone = "UTC",
    };

    public static AttendeeAvailability ToAvailability(ScheduleInformation schedule, CalendarPerson person)
    {
        var busy = (schedule.ScheduleItems ?? [])
            .Where(item => item.Status is FreeBusyStatus.Busy or FreeBusyStatus.Tentative or FreeBusyStatus.Oof)
            .Select(item => new BusyBlock(ToInstant(item.Start, person.Zone), ToInstant(item.End, person.Zone)))
            .ToList();
        return new AttendeeAvailability(person.Email, busy, ToWorkingHours(schedule.WorkingHours, person.Zone));
    }

    /// <summary>Outlook's working hours carry a Windows zone name; an unknown (custom) zone falls back to the person's zone.</summary>
    private static CoreWorkingHours ToWorkingHours(GraphWorkingHours? hours, DateTimeZone personZone)
    {
        if (hours?.StartTime is not { } start || hours.EndTime is not { } end || hours.DaysOfWeek is not { Count: > 0 } days)
        {
            return CoreWorkingHours.Default(personZone);
        }

        var zone = ZoneNames.Find(hours.TimeZone?.Name) ?? personZone;
        var isoDays = days.OfType<DayOfWeekObject>().Select(ToIsoDay).ToHashSet();
        return new CoreWorkingHours(isoDays, new LocalTime(start.Hour, start.Minute, start.Second), new LocalTime(end.Hour, end.Minute, end.Second), zone);
    }

    private static IsoDayOfWeek ToIsoDay(DayOfWeekObject day) => day switch
    {
        DayOfWeekObject.Sunday => IsoDayOfWeek.Sunday,
        DayOfWeekObject.Monday => IsoDayOfWeek.Monday,
        DayOfWeekObject.Tuesday => IsoDayOfWeek.Tuesday,
        DayOfWeekObject.Wednesday => IsoDayOfWeek.Wednesday,
        DayOfWeekObject.Thursday => IsoDayOfWeek.Thursday,
        DayOfWeekObject.Friday => IsoDayOfWeek.Friday,
        _ => IsoDayOfWeek.Saturday,
    };

    private static Instant ToInstant(DateTimeTimeZone? time, DateTimeZone personZone)
    {
        var parsed = LocalDateTimePattern.ExtendedIso.Parse(time?.DateTime ?? "");
        if (!parsed.Success)
        {
            throw new FormatException($"Graph sent a schedule time that is not ISO 8601: '{time?.DateTime}'.");
        }

        var zone = time?.TimeZone is "UTC" or "Etc/UTC" ? DateTimeZone.Utc : ZoneNames.Find(time?.TimeZone) ?? personZone;
        return zone.AtLeniently(parsed.Value).ToInstant();
    }
}

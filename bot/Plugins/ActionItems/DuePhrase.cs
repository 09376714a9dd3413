using System.Globalization;
using CaseCoach.Core.Scheduling;
using Humanizer;
using NodaTime;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// "due in 3 days", "due today", "2 days overdue": counted in calendar days from the viewer's own today (their
/// time zone), so a supervisor in another zone reads the same item the way their day looks.
/// </summary>
public static class DuePhrase
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static string For(DateOnly dueOn, bool isOpen, DateTimeOffset now, string viewerTimeZone)
    {
        if (!isOpen)
            return "no longer counting";
        var zone = ZoneNames.Find(viewerTimeZone) ?? DateTimeZone.Utc;
        var today = Instant.FromDateTimeOffset(now).InZone(zone).Date.ToDateOnly();
        var days = dueOn.DayNumber - today.DayNumber;
        return days switch
        {
            0 => "due today",
            1 => "due tomorrow",
            > 1 => "due in " + TimeSpan.FromDays(days).Humanize(culture: English, maxUnit: TimeUnit.Day),
            _ => "day".ToQuantity(-days) + " overdue",
        };
    }
}

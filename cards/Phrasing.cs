using System.Globalization;
using NodaTime;

namespace CaseCoach.Cards;

/// <summary>
/// How names and dates read in every template model, in one place: US English, the way our people write them
/// ("Dana", "Tuesday, November 24", "Tuesday, November 24, 2026", "Tuesday, November 24, 2:00 PM EST").
/// </summary>
public static class Phrasing
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>The first word of a display name, or <paramref name="fallback"/> when there is none.</summary>
    public static string FirstName(string? name, string fallback = "there") =>
        name?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is [var first, ..] ? first : fallback;

    /// <summary>A day within the next months: the weekday and date, no year ("Friday, December 4").</summary>
    public static string Day(DateOnly day) => day.ToString("dddd, MMMM d", English);

    /// <summary>"5:00 PM": a time of day, such as a close of business.</summary>
    /// <summary>A share as a whole percentage ("78%"), or a dash where nothing was measured.</summary>
    public static string Percent(double? share) =>
        share is { } s ? s.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", "", StringComparison.Ordinal) : "–";

    public static string TimeOfDay(TimeOnly time) => time.ToString("h:mm tt", English);

    /// <summary>A day that may be far off or in another year ("Tuesday, November 24, 2026").</summary>
    public static string LongDate(DateOnly day) => day.ToString("dddd, MMMM d, yyyy", English);

    /// <summary>A moment in the time zone a reader's profile names (UTC where it names none).</summary>
    public static string Moment(DateTimeOffset at, string? readerTimeZone) => Moment(at, Core.Scheduling.ZoneNames.FindOrUtc(readerTimeZone));

    /// <summary>A moment in the reader's time zone, with the zone's abbreviation so nobody guesses.</summary>
    public static string Moment(DateTimeOffset at, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Instant.FromDateTimeOffset(at).InZone(zone).ToString("dddd, MMMM d, h:mm tt x", CultureInfo.InvariantCulture);
    }

    /// <summary>"Thursday, December 3 at 10:00 AM": a moment in the reader's time zone, where the zone is understood.</summary>
    public static string DayAndTime(DateTimeOffset at, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return Instant.FromDateTimeOffset(at).InZone(zone).ToDateTimeOffset().ToString("dddd, MMMM d 'at' h:mm tt", English);
    }

    /// <summary>A list as a sentence: "1", "1 and 2", "1, 2 and 3".</summary>
    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}",
    };
}

using NodaTime;

namespace CaseCoach.Core.Scheduling;

/// <summary>
/// A jurisdiction's working calendar: its time zone, business days (Monday to Friday unless configured) and
/// holidays. Deadlines counted in business days (R13, R16, R20, R22) and close of business (R21) come from here.
/// </summary>
public sealed class BusinessCalendar
{
    private readonly HashSet<LocalDate> holidays;
    private readonly bool[] isBusinessWeekday = new bool[8];

    public BusinessCalendar(
        DateTimeZone zone, IEnumerable<LocalDate> holidays, IEnumerable<IsoDayOfWeek>? businessDays = null, LocalTime? closeOfBusiness = null)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(holidays);
        Zone = zone;
        this.holidays = [.. holidays];
        foreach (var day in businessDays ?? WorkingHours.MondayToFriday)
        {
            isBusinessWeekday[(int)day] = true;
        }

        if (!isBusinessWeekday.Contains(true))
        {
            throw new ArgumentException("A business calendar needs at least one business day of the week.", nameof(businessDays));
        }

        CloseOfBusiness = closeOfBusiness ?? new LocalTime(17, 0);
    }

    public DateTimeZone Zone { get; }

    public LocalTime CloseOfBusiness { get; }

    public IReadOnlyCollection<LocalDate> Holidays => holidays;

    public bool IsBusinessDay(LocalDate date) => isBusinessWeekday[(int)date.DayOfWeek] && !holidays.Contains(date);

    /// <summary>The jurisdiction's calendar date at <paramref name="instant"/>.</summary>
    public LocalDate DateAt(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>The first business day strictly after <paramref name="date"/>.</summary>
    public LocalDate NextBusinessDay(LocalDate date) => AddBusinessDays(date, 1);

    /// <summary>
    /// Counts <paramref name="businessDays"/> business days forward from <paramref name="date"/> (which itself does
    /// not count), so "within two business days" of a Friday session ends on Tuesday.
    /// </summary>
    public LocalDate AddBusinessDays(LocalDate date, int businessDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(businessDays);
        var day = date;
        for (var counted = 0; counted < businessDays;)
        {
            day = day.PlusDays(1);
            if (IsBusinessDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>The instant the jurisdiction's day <paramref name="date"/> begins (not always 00:00 on DST days).</summary>
    public Instant StartOf(LocalDate date) => date.AtStartOfDayInZone(Zone).ToInstant();

    /// <summary>The instant the jurisdiction's day <paramref name="date"/> ends: the start of the next day.</summary>
    public Instant EndOf(LocalDate date) => StartOf(date.PlusDays(1));

    /// <summary>R21: close of business on <paramref name="date"/> in the jurisdiction's zone.</summary>
    public Instant CloseOfBusinessOn(LocalDate date) => date.At(CloseOfBusiness).InZoneLeniently(Zone).ToInstant();
}

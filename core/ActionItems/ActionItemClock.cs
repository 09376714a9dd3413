using CaseCoach.Core.Organisation;
using CaseCoach.Core.Scheduling;
using NodaTime;

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// "Now" in the jurisdiction's business calendar: due dates are its calendar days ending at its close of business,
/// and business days, holidays and mornings are its own (R16, R20-R22).
/// </summary>
public sealed record ActionItemClock(BusinessCalendar Calendar, DateTimeOffset Now)
{
    /// <summary>When the next-business-morning overdue email goes out (R21).</summary>
    public static readonly LocalTime BusinessMorning = new(8, 0);

    public DateOnly Today => Calendar.DateAt(Instant.FromDateTimeOffset(Now)).ToDateOnly();

    public DateOnly NextBusinessDay(DateOnly date) => Calendar.NextBusinessDay(LocalDate.FromDateOnly(date)).ToDateOnly();

    public DateOnly AddBusinessDays(DateOnly date, int days) => Calendar.AddBusinessDays(LocalDate.FromDateOnly(date), days).ToDateOnly();

    /// <summary>The last business day before <paramref name="date"/>.</summary>
    public DateOnly PreviousBusinessDay(DateOnly date)
    {
        var day = LocalDate.FromDateOnly(date).PlusDays(-1);
        for (var i = 0; i < 366 && !Calendar.IsBusinessDay(day); i++) day = day.PlusDays(-1);
        return day.ToDateOnly();
    }

    /// <summary>The end of a due date: close of business on that day in the jurisdiction.</summary>
    public DateTimeOffset CloseOfBusinessOn(DateOnly date) =>
        Calendar.CloseOfBusinessOn(LocalDate.FromDateOnly(date)).ToDateTimeOffset();

    /// <summary>R20: an open item becomes overdue at close of business on its due date; reported done is not overdue.</summary>
    public bool IsOverdue(ActionItem item) => item.Status == ActionItemStatus.Open && Now >= CloseOfBusinessOn(item.DueOn);

    public DateTimeOffset EndOf(DateOnly date) => Calendar.EndOf(LocalDate.FromDateOnly(date)).ToDateTimeOffset();

    public DateTimeOffset MorningOf(DateOnly date) =>
        LocalDate.FromDateOnly(date).At(BusinessMorning).InZoneLeniently(Calendar.Zone).ToInstant().ToDateTimeOffset();

    /// <summary>The jurisdiction's calendar; a deployment with no jurisdiction yet counts in UTC with no holidays.</summary>
    public static ActionItemClock For(Jurisdiction? jurisdiction, DateTimeOffset now) => new(
        jurisdiction is null
            ? new BusinessCalendar(DateTimeZone.Utc, [])
            : new BusinessCalendar(
                ZoneNames.FindOrUtc(jurisdiction.TimeZone),
                jurisdiction.Holidays.Select(LocalDate.FromDateOnly),
                closeOfBusiness: LocalTime.FromTimeOnly(jurisdiction.CloseOfBusiness)),
        now);
}

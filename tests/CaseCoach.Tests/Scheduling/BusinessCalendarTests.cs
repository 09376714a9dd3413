using CaseCoach.Core.Scheduling;
using NodaTime;
using Xunit;
using static CaseCoach.Tests.Scheduling.SlotSearchBuilder;

namespace CaseCoach.Tests.Scheduling;

public sealed class BusinessCalendarTests
{
    private static readonly LocalDate Friday = new(2026, 3, 6);
    private static readonly LocalDate Monday = new(2026, 3, 9);

    [Fact]
    public void Next_business_day_after_a_friday_is_the_monday()
    {
        var calendar = new BusinessCalendar(NewYork, []);

        Assert.Equal(Monday, calendar.NextBusinessDay(Friday));
        Assert.False(calendar.IsBusinessDay(Friday.PlusDays(1)));
        Assert.False(calendar.IsBusinessDay(Friday.PlusDays(2)));
    }

    [Fact]
    public void Holidays_are_not_business_days_and_are_skipped_when_counting()
    {
        var calendar = new BusinessCalendar(NewYork, [Monday]);

        Assert.False(calendar.IsBusinessDay(Monday));
        Assert.Equal(Monday.PlusDays(1), calendar.NextBusinessDay(Friday));
        Assert.Equal(Monday.PlusDays(2), calendar.AddBusinessDays(Friday, 2));
    }

    [Fact]
    public void Two_business_days_after_a_friday_end_on_tuesday_R16()
    {
        var calendar = new BusinessCalendar(NewYork, []);

        Assert.Equal(new LocalDate(2026, 3, 10), calendar.AddBusinessDays(Friday, 2));
        Assert.Equal(Friday, calendar.AddBusinessDays(Friday, 0));
    }

    [Fact]
    public void A_jurisdiction_may_work_a_different_week()
    {
        var calendar = new BusinessCalendar(NewYork, [], [IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday]);

        Assert.Equal(Friday.PlusDays(2), calendar.NextBusinessDay(Friday));
    }

    [Fact]
    public void A_week_without_business_days_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(NewYork, [], []));
    }

    [Fact]
    public void The_spring_forward_day_is_23_hours_long_and_close_of_business_is_local()
    {
        var calendar = new BusinessCalendar(NewYork, []);
        var springForward = new LocalDate(2026, 3, 8);

        Assert.Equal(Duration.FromHours(23), calendar.EndOf(springForward) - calendar.StartOf(springForward));
        Assert.Equal(Instant.FromUtc(2026, 3, 6, 22, 0), calendar.CloseOfBusinessOn(Friday));
        Assert.Equal(Instant.FromUtc(2026, 3, 9, 21, 0), calendar.CloseOfBusinessOn(Monday));
    }

    [Fact]
    public void Date_at_an_instant_is_the_jurisdictions_date()
    {
        var calendar = new BusinessCalendar(NewYork, []);

        // 02:00 UTC on Saturday is still Friday evening in New York.
        Assert.Equal(Friday, calendar.DateAt(Instant.FromUtc(2026, 3, 7, 2, 0)));
    }
}

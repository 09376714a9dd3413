using CaseCoach.Core.Scheduling;
using NodaTime;
using Xunit;
using static CaseCoach.Tests.Scheduling.SlotSearchBuilder;

namespace CaseCoach.Tests.Scheduling;

public sealed class CoachingWindowTests
{
    [Fact]
    public void Without_safety_the_window_is_two_weeks_at_the_same_wall_clock_time_across_dst_R13()
    {
        var calendar = new BusinessCalendar(NewYork, []);
        var completed = At(2026, 3, 2, 10, 0);

        var window = CoachingWindow.For(calendar, completed, safetyConcern: false);

        Assert.Equal(completed, window.Start);
        Assert.Equal(At(2026, 3, 16, 10, 0), window.End);
        Assert.Equal(Duration.FromHours((14 * 24) - 1), window.Duration);
    }

    [Fact]
    public void With_safety_a_friday_review_must_be_coached_by_the_end_of_monday_R13()
    {
        var calendar = new BusinessCalendar(NewYork, []);

        var window = CoachingWindow.For(calendar, At(2026, 3, 6, 15, 0), safetyConcern: true);

        Assert.Equal(At(2026, 3, 10, 0, 0), window.End);
    }

    [Fact]
    public void With_safety_a_holiday_moves_the_deadline_to_the_next_business_day_R13()
    {
        var calendar = new BusinessCalendar(NewYork, [new LocalDate(2026, 3, 9)]);

        var window = CoachingWindow.For(calendar, At(2026, 3, 6, 15, 0), safetyConcern: true);

        Assert.Equal(At(2026, 3, 11, 0, 0), window.End);
    }
}

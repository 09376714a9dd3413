using CaseCoach.Core.Coaching;
using NodaTime;

namespace CaseCoach.Tests.Coaching;

/// <summary>R13, R14: the offered times spread over the window, not five slots in one afternoon.</summary>
public sealed class SpreadSlotsTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public void Offered_times_fall_on_different_days_at_different_times_of_day_R14()
    {
        var ranked = HalfHours(new LocalDate(2026, 11, 23), days: 5, caseworkerFree: true);

        var picked = SpreadSlots.Pick(ranked, NewYork, 5, safetyConcern: false);

        Assert.Equal(5, picked.Count);
        Assert.Equal(5, picked.Select(Day).Distinct().Count());
        Assert.True(picked.Select(TimeOfDay).Distinct().Count() >= 4, string.Join(", ", picked.Select(TimeOfDay)));
        Assert.Equal(ranked[0], picked[0]); // the best time is always among them
        Assert.Equal(picked.OrderBy(s => s.Start), picked);
    }

    [Fact]
    public void With_fewer_days_than_times_a_day_holds_at_most_two_times_two_hours_apart_R14()
    {
        var ranked = HalfHours(new LocalDate(2026, 11, 23), days: 2, caseworkerFree: true);

        var picked = SpreadSlots.Pick(ranked, NewYork, 4, safetyConcern: false);

        Assert.Equal(4, picked.Count);
        Assert.All(picked.GroupBy(Day), day =>
        {
            Assert.Equal(2, day.Count());
            Assert.True(day.Max(s => s.Start) - day.Min(s => s.Start) >= TimeSpan.FromHours(2));
        });
    }

    [Fact]
    public void Times_the_caseworker_can_make_are_spread_before_any_they_cannot_make_R13()
    {
        var free = HalfHours(new LocalDate(2026, 11, 24), days: 3, caseworkerFree: true);
        var busy = HalfHours(new LocalDate(2026, 11, 23), days: 5, caseworkerFree: false);

        var picked = SpreadSlots.Pick([.. free, .. busy], NewYork, 5, safetyConcern: false);

        Assert.Equal(5, picked.Count);
        Assert.All(picked, s => Assert.True(s.CaseworkerFree));
        Assert.Equal(3, picked.Select(Day).Distinct().Count());
        Assert.All(picked.GroupBy(Day), day => Assert.True(day.Count() <= SpreadSlots.MaxPerDay));
    }

    [Fact]
    public void With_a_safety_concern_the_earliest_time_is_offered_R13()
    {
        var ranked = HalfHours(new LocalDate(2026, 11, 23), days: 1, caseworkerFree: false);

        var picked = SpreadSlots.Pick(ranked, NewYork, 5, safetyConcern: true);

        Assert.Equal(ranked[0], picked[0]);
        Assert.Equal(5, picked.Count);
        Assert.Equal(5, picked.Distinct().Count());
    }

    /// <summary>Every half hour from 09:00 to 16:00 on consecutive days, in the order the finder ranks them.</summary>
    private static List<ProposedSlot> HalfHours(LocalDate first, int days, bool caseworkerFree) =>
        Enumerable.Range(0, days).SelectMany(d => Enumerable.Range(0, 15).Select(h =>
        {
            var start = first.PlusDays(d).At(new LocalTime(9, 0).PlusMinutes(30 * h)).InZoneStrictly(NewYork).ToDateTimeOffset();
            return new ProposedSlot(start, start.AddHours(1), caseworkerFree);
        })).ToList();

    private static LocalDate Day(ProposedSlot slot) => Instant.FromDateTimeOffset(slot.Start).InZone(NewYork).Date;

    private static LocalTime TimeOfDay(ProposedSlot slot) => Instant.FromDateTimeOffset(slot.Start).InZone(NewYork).TimeOfDay;
}

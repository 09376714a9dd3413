using System.Text.Json.Nodes;
using CaseCoach.Core.Coaching;
using CaseCoach.Tests.Reviews;

namespace CaseCoach.Tests.Coaching;

/// <summary>"None of these work" (R14): a wider window with times not offered before, or a time the organiser proposes.</summary>
public sealed class NoneWorkTests
{
    [Fact]
    public async Task None_of_these_work_offers_the_next_days_after_the_times_shown_and_updates_the_chat_card_R14()
    {
        await using var coaching = await PickTests.OfferedAsync();
        var world = coaching.World;
        var first = await coaching.RequestAsync();

        var answer = Survey.Card(await world.InvokeAsync(world.Supervisor, "coaching.noneWork", new JsonObject { ["requestId"] = first.Key }));
        await coaching.Channel.SweepAsync();

        Assert.Contains("No problem! Here are times a little further out. You can also suggest a time that suits you.", Survey.Texts(answer));
        var wider = await coaching.RequestAsync();
        Assert.Equal(CoachingRequestStatus.Open, wider.Status);
        Assert.True(wider.WindowEnd >= first.WindowEnd);
        Assert.Equal(5, wider.Slots.Count);
        Assert.DoesNotContain(wider.Slots, s => first.Slots.Any(f => f.Start == s.Start));
        var lastDayShown = Day(first.Slots[^1].Start);
        Assert.All(wider.Slots, s => Assert.True(Day(s.Start) > lastDayShown));
        // The next days, not a week later: the first new time is within the next two business days (one weekend at most).
        Assert.True(Day(wider.Slots[0].Start) <= lastDayShown.AddDays(4), $"{wider.Slots[0].Start} after {first.Slots[^1].Start}");
        Assert.Equal(5, wider.Slots.Select(s => Day(s.Start)).Distinct().Count());
        Assert.Equal(wider.Slots.Select(s => s.Id), PickTests.PickedSlotIds(answer));
        var update = coaching.CardsTo(world.Supervisor).Last();
        Assert.Equal("PUT", update.Method);
        Assert.Equal(wider.Slots.Select(s => s.Id), PickTests.PickedSlotIds(update.Card));
    }

    [Fact]
    public async Task A_proposed_time_when_everyone_is_free_is_booked_in_the_proposers_zone_R14()
    {
        await using var coaching = await PickTests.OfferedAsync();
        var world = coaching.World;
        var request = await coaching.RequestAsync();

        var answer = Survey.Card(await world.InvokeAsync(world.QaSupervisor, "coaching.proposeTime", Proposal(request.Key, "2026-11-25", "14:00")));

        Assert.Contains(Survey.Texts(answer), t => t.StartsWith("Booked: {{DATE(2026-11-25T19:00:00Z, LONG)}}", StringComparison.Ordinal));
        var booked = await coaching.RequestAsync();
        Assert.Equal((CoachingRequestStatus.Booked, DateTimeOffset.Parse("2026-11-25T19:00:00Z")), (booked.Status, booked.BookedStart!.Value));
        Assert.Single(await coaching.SessionsAsync());
        Assert.Single(coaching.Bookings());
    }

    [Fact]
    public async Task A_proposed_time_when_someone_is_busy_is_answered_with_fresh_times_R14()
    {
        await using var coaching = await PickTests.OfferedAsync();
        var world = coaching.World;
        var request = await coaching.RequestAsync();
        coaching.Busy(world.Supervisor, ("20261125T183000", "20261125T200000"));

        var answer = Survey.Card(await world.InvokeAsync(world.Reviewer, "coaching.proposeTime", Proposal(request.Key, "2026-11-25", "14:00")));

        Assert.Contains("That time was just taken in someone's calendar, so here are fresh times.", Survey.Texts(answer));
        Assert.Equal(CoachingRequestStatus.Open, (await coaching.RequestAsync()).Status);
        Assert.Empty(coaching.Bookings());
    }

    [Theory]
    [InlineData("", "14:00")]
    [InlineData("2026-11-25", "")]
    [InlineData("25/11/2026", "14:00")]
    [InlineData("2026-11-20", "14:00")]
    public async Task A_proposal_without_a_valid_future_day_and_time_is_refused_and_changes_nothing(string date, string time)
    {
        await using var coaching = await PickTests.OfferedAsync();
        var world = coaching.World;
        var request = await coaching.RequestAsync();

        var answer = await world.InvokeAsync(world.Supervisor, "coaching.proposeTime", Proposal(request.Key, date, time));

        Assert.Equal(400, Survey.Status(answer));
        var after = await coaching.RequestAsync();
        Assert.Equal((CoachingRequestStatus.Open, request.Version), (after.Status, after.Version));
        Assert.Empty(coaching.Bookings());
    }

    private static DateOnly Day(DateTimeOffset at) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).DateTime);

    private static JsonObject Proposal(string requestId, string date, string time) =>
        new() { ["requestId"] = requestId, ["proposedDate"] = date, ["proposedTime"] = time };
}

using CaseCoach.Core.Coaching;
using CaseCoach.Tests.Coaching;
using NodaTime;
using static CaseCoach.Tests.Clocks.ClockProbe;

namespace CaseCoach.Tests.Clocks;

/// <summary>
/// The coaching hand-off clocks on the bot's clock: the request answered (R13, R14), the session held (R13) and
/// documented with its action items (R16). The review is decided on Monday 23 November 2026, 09:00 New York.
/// </summary>
public sealed class CoachingClockTests
{
    private const string RequestNudge = "still has no time picked";
    private const string SessionNudge = "was due to take place by";
    private const string DocumentationNudge = "is not documented yet";

    [Theory]
    [InlineData(false, "2026-11-25T17:00:00-05:00")] // two business days, at close of business
    [InlineData(true, "2026-11-23T17:00:00-05:00")] // with a safety concern: the same day
    public async Task An_unanswered_coaching_request_nudges_the_supervisor_and_caseworker_once_its_clock_runs_out_and_not_before_R13_R14(bool safety, string dueText)
    {
        await using var coaching = await DecidedAsync(safety);
        var (world, due) = (coaching.World, DateTimeOffset.Parse(dueText, System.Globalization.CultureInfo.InvariantCulture));

        await SweepAtAsync(coaching.Channel, due.AddMinutes(-1));
        Assert.Empty(TextsTo(coaching.Channel, world.Supervisor, RequestNudge));
        Assert.Empty(await BreachesAsync(coaching.Channel, "coachingRequest"));
        await SweepAtAsync(coaching.Channel, due.AddMinutes(1));
        await SweepAtAsync(coaching.Channel, due.AddMinutes(2));

        Assert.Single(TextsTo(coaching.Channel, world.Supervisor, RequestNudge));
        Assert.Single(TextsTo(coaching.Channel, world.Caseworker, RequestNudge));
        Assert.Equal(due, Assert.Single(await BreachesAsync(coaching.Channel, "coachingRequest")).DueAt);
    }

    [Theory]
    [InlineData(true, "2026-11-25T00:00:00-05:00")] // one business day: to the end of Tuesday
    [InlineData(false, "2026-12-07T09:00:00-05:00")] // two weeks after the review
    public async Task A_session_not_held_inside_its_window_nudges_the_supervisor_and_reviewer_and_not_before_R13(bool safety, string dueText)
    {
        await using var coaching = await DecidedAsync(safety);
        var (world, due) = (coaching.World, DateTimeOffset.Parse(dueText, System.Globalization.CultureInfo.InvariantCulture));

        await SweepAtAsync(coaching.Channel, due.AddMinutes(-1));
        Assert.Empty(TextsTo(coaching.Channel, world.Supervisor, SessionNudge));
        await SweepAtAsync(coaching.Channel, due.AddMinutes(1));

        Assert.Single(TextsTo(coaching.Channel, world.Supervisor, SessionNudge));
        Assert.Single(TextsTo(coaching.Channel, world.Reviewer, SessionNudge));
        Assert.InRange(Assert.Single(await BreachesAsync(coaching.Channel, "coachingSession")).DueAt!.Value, due, due.AddMinutes(1));
    }

    [Fact]
    public async Task A_held_session_not_documented_by_the_end_of_the_second_business_day_nudges_the_quality_team_and_not_before_R16()
    {
        await using var coaching = await DecidedAsync(false);
        var world = coaching.World;
        var request = await coaching.RequestAsync();
        await world.InvokeAsync(world.Supervisor, "coaching.pick", CoachingWorld.Pick(request.Key, request.Slots[0].Id));
        var session = Assert.Single(await coaching.SessionsAsync());
        var zone = DateTimeZoneProviders.Tzdb["America/New_York"];
        var sessionOn = Instant.FromDateTimeOffset(session.ScheduledStart).InZone(zone).Date.ToDateOnly();
        var due = LocalDate.FromDateOnly(AddWeekdays(sessionOn, 3)).AtStartOfDayInZone(zone).ToDateTimeOffset();

        await SweepAtAsync(coaching.Channel, due.AddMinutes(-1));
        Assert.Empty(TextsTo(coaching.Channel, world.Reviewer, DocumentationNudge));
        await SweepAtAsync(coaching.Channel, due.AddMinutes(1));

        Assert.Single(TextsTo(coaching.Channel, world.Reviewer, DocumentationNudge));
        Assert.Single(TextsTo(coaching.Channel, world.QaSupervisor, DocumentationNudge));
        var breach = Assert.Single(await BreachesAsync(coaching.Channel, "documentation"));
        Assert.Equal(due, breach.DueAt);
        Assert.Empty(await BreachesAsync(coaching.Channel, "coachingSession"));
    }

    [Fact]
    public async Task The_QA_supervisor_is_told_a_business_day_after_the_nudge_when_the_coaching_request_still_has_no_time_and_not_before_R13_R14()
    {
        await using var coaching = await DecidedAsync(safety: false);
        var world = coaching.World;
        var told = new DateTimeOffset(2026, 11, 26, 17, 0, 0, Eastern); // nudged Wednesday 25 at close of business

        await SweepAtAsync(coaching.Channel, new DateTimeOffset(2026, 11, 25, 17, 1, 0, Eastern));
        await SweepAtAsync(coaching.Channel, told.AddMinutes(-1));
        Assert.Empty(TextsTo(coaching.Channel, world.QaSupervisor, "Still waiting: an answer to the coaching request"));
        await SweepAtAsync(coaching.Channel, told.AddMinutes(1));
        await SweepAtAsync(coaching.Channel, told.AddMinutes(5));

        Assert.Single(TextsTo(coaching.Channel, world.QaSupervisor, "Still waiting: an answer to the coaching request"));
        Assert.Single(TextsTo(coaching.Channel, world.Supervisor, RequestNudge)); // the holder was nudged once, not again
        Assert.Single(await BreachesAsync(coaching.Channel, "coachingRequest"));
    }

    [Fact]
    public async Task The_QA_supervisor_is_told_a_business_day_after_the_nudge_when_the_session_still_has_not_taken_place_and_not_before_R13()
    {
        await using var coaching = await DecidedAsync(safety: false);
        var world = coaching.World;
        var told = new DateTimeOffset(2026, 12, 8, 17, 0, 0, Eastern); // due Monday 7 December 09:00, nudged then

        await SweepAtAsync(coaching.Channel, new DateTimeOffset(2026, 12, 7, 9, 1, 0, Eastern));
        await SweepAtAsync(coaching.Channel, told.AddMinutes(-1));
        Assert.Empty(TextsTo(coaching.Channel, world.QaSupervisor, "Still waiting: the coaching session"));
        await SweepAtAsync(coaching.Channel, told.AddMinutes(1));
        await SweepAtAsync(coaching.Channel, told.AddMinutes(5));

        Assert.Single(TextsTo(coaching.Channel, world.QaSupervisor, "Still waiting: the coaching session"));
        Assert.Single(TextsTo(coaching.Channel, world.Supervisor, SessionNudge)); // the holders were nudged once, not again
        Assert.Single(TextsTo(coaching.Channel, world.Reviewer, SessionNudge));
    }

    private static async Task<CoachingWorld> DecidedAsync(bool safety)
    {
        var coaching = await ReviewClockTests.StartAsync();
        await coaching.DecideCoachingNeededAsync(safety);
        await coaching.Channel.SweepAsync();
        Assert.True((await coaching.RequestAsync()).Status == CoachingRequestStatus.Open);
        return coaching;
    }
}

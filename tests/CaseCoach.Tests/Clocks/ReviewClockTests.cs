using CaseCoach.Tests.Coaching;
using CaseCoach.Tests.Reviews;
using static CaseCoach.Tests.Clocks.ClockProbe;

namespace CaseCoach.Tests.Clocks;

/// <summary>The review's hand-off clocks: decision (R7, R8) and feedback to the front line (R27), on the bot's clock.</summary>
public sealed class ReviewClockTests
{
    private const string DecisionNudge = "is waiting for its debrief and coaching decision";
    private const string FeedbackNudge = "has not reached the caseworker yet";

    [Fact]
    public async Task An_undecided_review_nudges_reviewer_and_QA_supervisor_at_close_of_business_the_next_business_day_R7_R8()
    {
        await using var coaching = await StartAsync();
        var world = coaching.World;
        await SubmitAsync(world);
        var due = new DateTimeOffset(2026, 11, 24, 17, 0, 0, Eastern); // submitted Monday 09:00

        await SweepAtAsync(coaching.Channel, due.AddMinutes(-1));
        Assert.Empty(TextsTo(coaching.Channel, world.Reviewer, DecisionNudge));
        Assert.Empty(await BreachesAsync(coaching.Channel, "decision"));

        await SweepAtAsync(coaching.Channel, due.AddMinutes(1));
        await SweepAtAsync(coaching.Channel, due.AddMinutes(2));

        Assert.Single(TextsTo(coaching.Channel, world.Reviewer, DecisionNudge));
        Assert.Single(TextsTo(coaching.Channel, world.QaSupervisor, DecisionNudge));
        var breach = Assert.Single(await BreachesAsync(coaching.Channel, "decision"));
        Assert.Equal(due, breach.DueAt);
        Assert.InRange(breach.At, due.AddMinutes(1), due.AddMinutes(2)); // the test clock follows real time from the set moment
        Assert.Equal(new DateOnly(2026, 11, 24), breach.DueOn);
        Assert.NotNull(breach.ReviewId);
    }

    [Fact]
    public async Task The_QA_supervisor_is_told_a_business_day_after_the_nudge_when_the_decision_still_waits_and_not_before_R7_R8()
    {
        await using var coaching = await StartAsync();
        var world = coaching.World;
        await SubmitAsync(world);
        var told = new DateTimeOffset(2026, 11, 25, 17, 0, 0, Eastern);

        await SweepAtAsync(coaching.Channel, told.AddMinutes(-1));
        Assert.Empty(TextsTo(coaching.Channel, world.QaSupervisor, "Still waiting: the debrief"));
        await SweepAtAsync(coaching.Channel, told.AddMinutes(1));
        await SweepAtAsync(coaching.Channel, told.AddMinutes(5));

        var text = Assert.Single(TextsTo(coaching.Channel, world.QaSupervisor, "Still waiting: the debrief"));
        Assert.Contains("Avery Chen and Jordan Patel had a nudge", text, StringComparison.Ordinal);
        Assert.Empty(TextsTo(coaching.Channel, world.Reviewer, "Still waiting"));
        Assert.Single(await BreachesAsync(coaching.Channel, "decision"));
    }

    [Fact]
    public async Task A_decided_review_has_no_decision_clock_R8()
    {
        await using var coaching = await StartAsync();
        await coaching.DecideCoachingNeededAsync();
        await SweepAtAsync(coaching.Channel, new DateTimeOffset(2026, 11, 26, 9, 0, 0, Eastern));

        Assert.Empty(TextsTo(coaching.Channel, coaching.World.Reviewer, DecisionNudge));
        Assert.Empty(await BreachesAsync(coaching.Channel, "decision"));
    }

    [Fact]
    public async Task Feedback_not_given_within_two_weeks_of_the_review_nudges_the_reviewer_and_not_before_R27()
    {
        await using var coaching = await StartAsync();
        await coaching.DecideCoachingNeededAsync(); // Monday 23 November 09:00; no session is ever booked
        await coaching.Channel.SweepAsync();
        var due = new DateTimeOffset(2026, 12, 7, 9, 0, 0, Eastern);

        await SweepAtAsync(coaching.Channel, due.AddMinutes(-1));
        Assert.Empty(TextsTo(coaching.Channel, coaching.World.Reviewer, FeedbackNudge));
        await SweepAtAsync(coaching.Channel, due.AddMinutes(1));

        Assert.Single(TextsTo(coaching.Channel, coaching.World.Reviewer, FeedbackNudge));
        Assert.InRange(Assert.Single(await BreachesAsync(coaching.Channel, "feedback")).DueAt!.Value, due, due.AddMinutes(1));
    }

    [Fact]
    public async Task The_QA_supervisor_is_told_a_business_day_after_the_nudge_when_feedback_still_has_not_reached_the_front_line_R27()
    {
        await using var coaching = await StartAsync();
        await coaching.DecideCoachingNeededAsync(); // Monday 23 November 09:00; no session is ever booked
        await coaching.Channel.SweepAsync();
        var told = new DateTimeOffset(2026, 12, 8, 17, 0, 0, Eastern); // due Monday 7 December 09:00, nudged then

        await SweepAtAsync(coaching.Channel, new DateTimeOffset(2026, 12, 7, 9, 1, 0, Eastern));
        await SweepAtAsync(coaching.Channel, told.AddMinutes(-1));
        Assert.Empty(TextsTo(coaching.Channel, coaching.World.QaSupervisor, "Still waiting: feedback to the front line"));
        await SweepAtAsync(coaching.Channel, told.AddMinutes(1));
        await SweepAtAsync(coaching.Channel, told.AddMinutes(5));

        Assert.Single(TextsTo(coaching.Channel, coaching.World.QaSupervisor, "Still waiting: feedback to the front line"));
        Assert.Single(TextsTo(coaching.Channel, coaching.World.Reviewer, FeedbackNudge));
    }

    [Fact]
    public async Task A_no_coaching_needed_decision_within_two_weeks_is_feedback_given_so_no_clock_fires_R9_R27()
    {
        await using var coaching = await StartAsync();
        var world = coaching.World;
        var key = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(key));
        var decision = Survey.Id(key);
        decision["safetyConcern"] = "false";
        await world.InvokeAsync(world.QaSupervisor, "review.confirmDecision", decision);
        await SweepAtAsync(coaching.Channel, new DateTimeOffset(2026, 12, 8, 9, 0, 0, Eastern));

        Assert.Empty(TextsTo(coaching.Channel, world.Reviewer, FeedbackNudge));
        Assert.Empty(await BreachesAsync(coaching.Channel, "feedback"));
    }

    internal static async Task<CoachingWorld> StartAsync()
    {
        var coaching = await CoachingWorld.StartAsync();
        var world = coaching.World;
        await world.InstallAsync(world.Reviewer, world.QaSupervisor, world.Caseworker, world.Supervisor);
        return coaching;
    }

    private static async Task SubmitAsync(ReviewWorld world)
    {
        var key = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(key, ("q2", "no", "Two contacts in 90 days")));
    }
}

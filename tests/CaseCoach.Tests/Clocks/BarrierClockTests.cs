using System.Text.Json.Nodes;
using CaseCoach.Cards;
using CaseCoach.Tests.ActionItems;
using static CaseCoach.Tests.Clocks.ClockProbe;

namespace CaseCoach.Tests.Clocks;

/// <summary>R19, R20: a reported barrier is the reviewer's to answer (extend, or escalate) within one business day.</summary>
public sealed class BarrierClockTests
{
    private const string BarrierNudge = "is still waiting for an answer";
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Fact]
    public async Task A_barrier_left_unanswered_past_close_of_business_the_next_business_day_nudges_the_reviewer_and_not_before_R20()
    {
        await using var world = await BarrierReportedAsync();
        var due = new DateTimeOffset(2026, 12, 1, 17, 0, 0, Eastern);

        await SweepAtAsync(world.Channel, due.AddMinutes(-1));
        Assert.Empty(TextsTo(world.Channel, world.Reviewer, BarrierNudge));
        Assert.Empty(await BreachesAsync(world.Channel, "barrier"));
        await SweepAtAsync(world.Channel, due.AddMinutes(1));
        await SweepAtAsync(world.Channel, due.AddMinutes(2));

        Assert.Single(TextsTo(world.Channel, world.Reviewer, BarrierNudge));
        Assert.Empty(TextsTo(world.Channel, world.Caseworker, BarrierNudge));
        var breach = Assert.Single(await BreachesAsync(world.Channel, "barrier"));
        Assert.Equal(due, breach.DueAt);
        Assert.NotNull(breach.ActionItemId);
    }

    [Fact]
    public async Task An_extension_answers_the_barrier_so_its_clock_never_fires_R19_R20()
    {
        await using var world = await BarrierReportedAsync();
        var item = (await world.QueryAsync(db => Task.FromResult(db.Set<Core.ActionItems.ActionItem>().Single()))).Id;
        await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsExtend,
            new JsonObject { ["actionItemId"] = item.ToString(), [$"newDueDate-{item}"] = "2026-12-11" });
        await SweepAtAsync(world.Channel, new DateTimeOffset(2026, 12, 2, 9, 0, 0, Eastern));

        Assert.Empty(TextsTo(world.Channel, world.Reviewer, BarrierNudge));
        Assert.Empty(await BreachesAsync(world.Channel, "barrier"));
    }

    /// <summary>A session on Monday 30 November with one item due Friday; the caseworker reports a barrier at 11:00.</summary>
    private static async Task<ActionItemsWorld> BarrierReportedAsync()
    {
        var world = await ActionItemsWorld.StartAsync(new DateTimeOffset(2026, 11, 30, 10, 0, 0, Eastern));
        var item = Assert.Single(await world.RecordCoachingAsync(Monday, ("Add sibling visit notes", Monday.AddDays(4), false)));
        await world.SetClockAsync(new DateTimeOffset(2026, 11, 30, 11, 0, 0, Eastern));
        await world.InvokeAsync(world.Caseworker, CardVerbs.ActionItemsReportBarrier,
            new JsonObject { ["actionItemId"] = item.ToString(), [$"barrier-{item}"] = "The provider has a waitlist" });
        return world;
    }
}

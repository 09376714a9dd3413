using System.Text.Json.Nodes;
using CaseCoach.Cards;
using static CaseCoach.Tests.Clocks.ClockProbe;

namespace CaseCoach.Tests.ActionItems;

/// <summary>Issue 12 item 6: the next person hears of a done report, a barrier (R18-R20) and a send-back with its reason.</summary>
public sealed class ItemStepNoticeTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Fact]
    public async Task A_done_report_tells_the_reviewer_to_verify_and_not_the_caseworker_who_reported_it_R18()
    {
        await using var world = await StartAsync();
        var item = await ItemAsync(world);

        await world.InvokeAsync(world.Caseworker, CardVerbs.ActionItemsReportDone, new JsonObject { ["actionItemId"] = item.ToString() });
        await world.Channel.SweepAsync();

        var text = Assert.Single(TextsTo(world.Channel, world.Reviewer, "reported an action item for **Rivera family** done"));
        Assert.Contains("Add sibling visit notes", text, StringComparison.Ordinal);
        Assert.Contains("verify it", text, StringComparison.Ordinal);
        Assert.Empty(TextsTo(world.Channel, world.Caseworker, "reported an action item"));
    }

    [Fact]
    public async Task A_barrier_tells_the_reviewer_what_is_in_the_way_and_by_when_to_extend_or_escalate_R19_R20()
    {
        await using var world = await StartAsync();
        var item = await ItemAsync(world);

        await world.InvokeAsync(world.Caseworker, CardVerbs.ActionItemsReportBarrier,
            new JsonObject { ["actionItemId"] = item.ToString(), [$"barrier-{item}"] = "The provider has a waitlist" });
        await world.Channel.SweepAsync();

        var text = Assert.Single(TextsTo(world.Channel, world.Reviewer, "reported a barrier"));
        Assert.Contains("The provider has a waitlist", text, StringComparison.Ordinal);
        Assert.Contains("extend the due date on the checklist card, or escalate it, by Tuesday, December 1, 5:00 PM EST", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_send_back_reaches_the_caseworker_with_the_reason_R18()
    {
        await using var world = await StartAsync();
        var item = await ItemAsync(world);
        await world.InvokeAsync(world.Caseworker, CardVerbs.ActionItemsReportDone, new JsonObject { ["actionItemId"] = item.ToString() });

        await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsSendBack,
            new JsonObject { ["actionItemId"] = item.ToString(), [$"sendBackReason-{item}"] = "The October visit notes are not in the file yet" });
        await world.Channel.SweepAsync();

        var text = Assert.Single(TextsTo(world.Channel, world.Caseworker, "sent an action item back"));
        Assert.Contains("The October visit notes are not in the file yet", text, StringComparison.Ordinal);
        Assert.Contains("Jordan Patel", text, StringComparison.Ordinal);
        Assert.Empty(TextsTo(world.Channel, world.Reviewer, "sent an action item back"));
    }

    private static Task<ActionItemsWorld> StartAsync() => ActionItemsWorld.StartAsync(new DateTimeOffset(2026, 11, 30, 10, 0, 0, Eastern));

    private static async Task<Guid> ItemAsync(ActionItemsWorld world) =>
        Assert.Single(await world.RecordCoachingAsync(Monday, ("Add sibling visit notes", Monday.AddDays(4), false)));
}

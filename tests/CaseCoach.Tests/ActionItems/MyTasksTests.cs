using System.Text.Json;
using System.Text.Json.Nodes;
using CaseCoach.Cards;
using CaseCoach.Core.ActionItems;
using CaseCoach.Tests.Hosting;
using CaseCoach.Tests.Reviews;

namespace CaseCoach.Tests.ActionItems;

/// <summary>`my tasks` answers each role with its own view of the checklists that wait on it, buttons included (R18, R19).</summary>
public class MyTasksTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(-5));
    private static readonly DateOnly Today = new(2026, 11, 30);

    [Fact]
    public async Task The_caseworker_reports_an_item_done_from_my_tasks_and_the_reviewer_is_told_R18()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var id = Assert.Single(await world.RecordCoachingAsync(Today, ("Add sibling visit notes", Today.AddDays(3), false)));
        await world.Channel.SweepAsync();

        var card = OnlyCard(await world.SayAsync(world.Caseworker, "my tasks"));

        Assert.Contains("due in 3 days", card.ToString(), StringComparison.Ordinal);
        Assert.Equal([CardVerbs.ActionItemsReportDone, CardVerbs.ActionItemsReportBarrier], Buttons(card));
        var before = world.RequestsTo(world.Reviewer).Count;
        var answer = await world.InvokeAsync(world.Caseworker, CardVerbs.ActionItemsReportDone, DataOf(card, CardVerbs.ActionItemsReportDone));
        Assert.Equal(200, answer.GetProperty("statusCode").GetInt32());
        Assert.Equal(ActionItemStatus.ReportedDone, (await world.ItemAsync(id)).Status);
        await world.Channel.SweepAsync();
        Assert.Contains(world.RequestsTo(world.Reviewer).Skip(before), r => r.BodyString("text")?.Contains("Add sibling visit notes", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task The_supervisor_reports_a_barrier_from_my_tasks_R19()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var id = Assert.Single(await world.RecordCoachingAsync(Today, ("Referral to parenting support", Today.AddDays(5), false)));
        await world.Channel.SweepAsync();

        var card = OnlyCard(await world.SayAsync(world.Supervisor, "my tasks"));

        Assert.Equal([CardVerbs.ActionItemsReportDone, CardVerbs.ActionItemsReportBarrier], Buttons(card));
        var data = DataOf(card, CardVerbs.ActionItemsReportBarrier);
        data[$"barrier-{id}"] = "The provider's waitlist is three weeks.";
        var answer = await world.InvokeAsync(world.Supervisor, CardVerbs.ActionItemsReportBarrier, data);
        Assert.Equal(200, answer.GetProperty("statusCode").GetInt32());
        Assert.Equal("The provider's waitlist is three weeks.", (await world.ItemAsync(id)).Barrier);
    }

    [Fact]
    public async Task The_reviewer_sees_only_items_reported_done_with_verify_and_send_back_R18()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var id = Assert.Single(await world.RecordCoachingAsync(Today, ("Add sibling visit notes", Today.AddDays(3), false)));
        await world.Channel.SweepAsync();
        Assert.Contains("Nothing is waiting on you", OnlyText(await world.SayAsync(world.Reviewer, "my tasks")), StringComparison.Ordinal);
        await world.InvokeAsync(world.Caseworker, CardVerbs.ActionItemsReportDone, ChecklistCardTests.Data(id));
        await world.Channel.SweepAsync();

        var card = OnlyCard(await world.SayAsync(world.Reviewer, "my tasks"));

        Assert.Equal([CardVerbs.ActionItemsVerify, CardVerbs.ActionItemsSendBack, CardVerbs.ActionItemsExtend], Buttons(card));
        var answer = await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsVerify, DataOf(card, CardVerbs.ActionItemsVerify));
        Assert.Equal(200, answer.GetProperty("statusCode").GetInt32());
        Assert.Equal(ActionItemStatus.Verified, (await world.ItemAsync(id)).Status);
        Assert.Contains("Nothing is waiting on you", OnlyText(await world.SayAsync(world.Reviewer, "my tasks")), StringComparison.Ordinal);
        Assert.Contains("Nothing is waiting on you", OnlyText(await world.SayAsync(world.Caseworker, "my tasks")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_or_caseworker_of_other_work_is_told_plainly_that_nothing_waits_on_them()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var id = Assert.Single(await world.RecordCoachingAsync(Today, ("Add sibling visit notes", Today.AddDays(3), false)));
        await world.InvokeAsync(world.Caseworker, CardVerbs.ActionItemsReportDone, ChecklistCardTests.Data(id));
        await world.Channel.SweepAsync();

        foreach (var person in new[] { world.OtherReviewer, world.OtherCaseworker, world.ProgramDirector })
            Assert.Equal("Nothing is waiting on you: no open action items to report on and none to verify. Thank you for keeping these moving.",
                OnlyText(await world.SayAsync(person, "my tasks")));
    }

    [Fact]
    public async Task A_stranger_is_told_they_are_not_set_up_and_a_verb_from_their_copy_is_refused()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var id = Assert.Single(await world.RecordCoachingAsync(Today, ("Add sibling visit notes", Today.AddDays(3), false)));
        var stranger = TestPerson.Named("Pat Stranger");

        Assert.Contains("not set up in CaseCoach", OnlyText(await world.SayAsync(stranger, "my tasks")), StringComparison.Ordinal);
        var answer = await world.InvokeAsync(stranger, CardVerbs.ActionItemsReportDone, ChecklistCardTests.Data(id));
        Assert.Equal(403, answer.GetProperty("statusCode").GetInt32());
        Assert.Equal(ActionItemStatus.Open, (await world.ItemAsync(id)).Status);
    }

    [Fact]
    public async Task Each_session_waiting_on_the_person_is_its_own_checklist_soonest_first()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        await world.RecordCoachingAsync(Today, ("Later item", Today.AddDays(9), false));
        await world.RecordCoachingAsync(Today, ("Sooner item", Today.AddDays(2), false));
        await world.Channel.SweepAsync();

        var replies = await world.SayAsync(world.Caseworker, "my tasks");

        var cards = replies.Select(ChecklistCardTests.Card).ToList();
        Assert.Equal(2, cards.Count);
        Assert.Contains("Sooner item", cards[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("Later item", cards[1].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Past_ten_sessions_the_answer_shows_the_ten_due_soonest_and_says_how_many_more()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        for (var day = 1; day <= ListMyTasks.MostShown + 1; day++)
            await world.RecordCoachingAsync(Today, ($"Item due in {day} days", Today.AddDays(day), false));
        // 33 checklist copies and 11 emails: the outbox delivers 20 rows a run, so deliver them all before asking.
        for (var run = 0; run < 3; run++) await world.Channel.SweepAsync();

        var replies = await world.SayAsync(world.Caseworker, "my tasks");

        Assert.Equal(ListMyTasks.MostShown + 1, replies.Count);
        Assert.Contains("Item due in 1 days", ChecklistCardTests.Card(replies[0]).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(replies.Take(ListMyTasks.MostShown), r => ChecklistCardTests.Card(r).ToString().Contains("Item due in 11 days", StringComparison.Ordinal));
        Assert.Equal("These are the 10 sessions due soonest. 1 more has items waiting on you; type **my tasks** again once some of these are done.",
            replies[^1].BodyString("text"));
    }

    internal static JsonElement OnlyCard(IReadOnlyList<Fakes.ConnectorRequest> replies) => ChecklistCardTests.Card(Assert.Single(replies));

    private static string OnlyText(IReadOnlyList<Fakes.ConnectorRequest> replies) => Assert.Single(replies).BodyString("text")!;

    /// <summary>The action buttons, without the card's own refresh.</summary>
    internal static List<string> Buttons(JsonElement card) => Survey.Verbs(card).Where(v => v != CardVerbs.ActionItemsRefresh).ToList();

    /// <summary>The data the client sends for a button: the action's own data (ids only).</summary>
    internal static JsonObject DataOf(JsonElement card, string verb) =>
        JsonNode.Parse(Survey.Elements(card).First(e => e.TryGetProperty("verb", out var v) && v.GetString() == verb).GetProperty("data").GetRawText())!.AsObject();
}

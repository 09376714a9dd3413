using System.Text.Json;
using System.Text.Json.Nodes;
using CaseCoach.Cards;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Tests.ActionItems;

public class ChecklistCardTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(-5));
    private static readonly DateOnly Today = new(2026, 11, 30);

    [Fact]
    public async Task Each_viewer_gets_their_own_view_with_refresh_for_all_three_R18()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        await world.RecordCoachingAsync(Today, ("Update the safety plan", Today.AddDays(3), true));
        await world.Channel.SweepAsync();

        var caseworkerCard = Card(world.RequestsTo(world.Caseworker).Last());
        var reviewerCard = Card(world.RequestsTo(world.Reviewer).Last());
        Assert.Contains(CardVerbs.ActionItemsReportDone, caseworkerCard.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(CardVerbs.ActionItemsVerify, caseworkerCard.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(CardVerbs.ActionItemsReportDone, reviewerCard.ToString(), StringComparison.Ordinal);
        Assert.Contains("due in 3 days", caseworkerCard.ToString(), StringComparison.Ordinal);
        var userIds = caseworkerCard.GetProperty("refresh").GetProperty("userIds").EnumerateArray().Select(u => u.GetString()).ToList();
        Assert.Equal([$"8:orgid:{world.Caseworker.AadObjectId}", $"8:orgid:{world.Supervisor.AadObjectId}", $"8:orgid:{world.Reviewer.AadObjectId}"], userIds);
    }

    [Fact]
    public async Task Report_done_then_verify_updates_every_copy_in_place_R18()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var id = Assert.Single(await world.RecordCoachingAsync(Today, ("Add visit notes", Today.AddDays(2), false)));
        await world.Channel.SweepAsync();
        var before = world.Connector.Requests.Count;

        var reported = await world.InvokeAsync(world.Caseworker, CardVerbs.ActionItemsReportDone, Data(id));
        await world.Channel.SweepAsync();
        var updates = world.Connector.Requests.Skip(before).Where(r => r.Method == "PUT").ToList();
        var verified = await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsVerify, Data(id));

        Assert.Equal(200, reported.GetProperty("statusCode").GetInt32());
        Assert.Contains("waiting for verification", reported.GetProperty("value").ToString(), StringComparison.Ordinal);
        Assert.Equal(3, updates.Count);
        Assert.Contains(updates, u => Uri.UnescapeDataString(u.Path).Contains(world.Reviewer.ConversationId, StringComparison.Ordinal)
            && u.Body!.Value.ToString().Contains(CardVerbs.ActionItemsVerify, StringComparison.Ordinal));
        Assert.Equal(200, verified.GetProperty("statusCode").GetInt32());
        var item = await world.ItemAsync(id);
        Assert.Equal(ActionItemStatus.Verified, item.Status);
        Assert.NotNull(item.ReportedDoneAt);
        Assert.NotNull(item.VerifiedAt);
        Assert.Equal(2, await world.QueryAsync(db => Task.FromResult(db.Set<FidelityEvent>().Count(e => e.ActionItemId == id))));
    }

    [Fact]
    public async Task Verify_before_the_caseworker_reports_done_is_refused_R18()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var id = Assert.Single(await world.RecordCoachingAsync(Today, ("Add visit notes", Today.AddDays(2), false)));

        var answer = await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsVerify, Data(id));

        Assert.Equal(400, answer.GetProperty("statusCode").GetInt32());
        Assert.Contains("not been reported done", answer.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(ActionItemStatus.Open, (await world.ItemAsync(id)).Status);
    }

    [Theory]
    [InlineData("reviewer reports", CardVerbs.ActionItemsReportDone)]
    [InlineData("caseworker verifies", CardVerbs.ActionItemsVerify)]
    [InlineData("caseworker extends", CardVerbs.ActionItemsExtend)]
    [InlineData("other caseworker reports", CardVerbs.ActionItemsReportDone)]
    [InlineData("other reviewer extends", CardVerbs.ActionItemsExtend)]
    public async Task A_step_by_the_wrong_role_is_refused_with_403_and_changes_nothing(string who, string verb)
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var id = Assert.Single(await world.RecordCoachingAsync(Today, ("Add visit notes", Today.AddDays(2), false)));
        await world.Channel.SweepAsync();
        var actor = who switch
        {
            "reviewer reports" => world.Reviewer,
            "other caseworker reports" => world.OtherCaseworker,
            "other reviewer extends" => world.OtherReviewer,
            _ => world.Caseworker,
        };
        var data = Data(id);
        data[$"newDueDate-{id}"] = Today.AddDays(9).ToString("yyyy-MM-dd");
        var before = world.Connector.Requests.Count;

        var answer = await world.InvokeAsync(actor, verb, data);
        await world.Channel.SweepAsync();

        Assert.Equal(403, answer.GetProperty("statusCode").GetInt32());
        var item = await world.ItemAsync(id);
        Assert.Equal((ActionItemStatus.Open, Today.AddDays(2)), (item.Status, item.DueOn));
        Assert.Empty(world.Connector.Requests.Skip(before));
    }

    [Fact]
    public async Task The_reviewer_extends_a_due_date_but_never_a_safety_items_R19()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var ids = await world.RecordCoachingAsync(Today, ("Update the safety plan", Today.AddDays(1), true), ("Referral", Today.AddDays(2), false));
        var newDate = Today.AddDays(9).ToString("yyyy-MM-dd");

        var safety = await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsExtend, new JsonObject { ["actionItemId"] = ids[0].ToString(), [$"newDueDate-{ids[0]}"] = newDate });
        var other = await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsExtend, new JsonObject { ["actionItemId"] = ids[1].ToString(), [$"newDueDate-{ids[1]}"] = newDate });

        Assert.Equal(400, safety.GetProperty("statusCode").GetInt32());
        Assert.Contains("safety concern", safety.GetProperty("value").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(Today.AddDays(1), (await world.ItemAsync(ids[0])).DueOn);
        Assert.Equal(200, other.GetProperty("statusCode").GetInt32());
        Assert.Equal(Today.AddDays(9), (await world.ItemAsync(ids[1])).DueOn);
    }

    [Fact]
    public async Task Refresh_gives_the_opener_their_view_and_refuses_people_outside_the_case()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        await world.RecordCoachingAsync(Today, ("Add visit notes", Today.AddDays(2), false));
        await world.Channel.SweepAsync();
        var recordId = Card(world.RequestsTo(world.Caseworker).Last()).GetProperty("refresh").GetProperty("action").GetProperty("data").GetProperty("coachingRecordId").GetString();

        var supervisor = await world.InvokeAsync(world.Supervisor, CardVerbs.ActionItemsRefresh, new JsonObject { ["coachingRecordId"] = recordId });
        var outsider = await world.InvokeAsync(world.OtherCaseworker, CardVerbs.ActionItemsRefresh, new JsonObject { ["coachingRecordId"] = recordId });

        Assert.Contains(CardVerbs.ActionItemsReportDone, supervisor.GetProperty("value").ToString(), StringComparison.Ordinal);
        Assert.Equal(403, outsider.GetProperty("statusCode").GetInt32());
    }

    [Fact]
    public async Task Two_reviewers_verifying_at_once_verify_once_R18()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var id = Assert.Single(await world.RecordCoachingAsync(Today, ("Add visit notes", Today.AddDays(2), false)));
        await world.InvokeAsync(world.Caseworker, CardVerbs.ActionItemsReportDone, Data(id));

        var responses = await Task.WhenAll(
            world.Channel.SendAsync(world.Channel.Activities.Invoke(world.Reviewer, CardVerbs.ActionItemsVerify, Data(id))),
            world.Channel.SendAsync(world.Channel.Activities.Invoke(world.Reviewer, CardVerbs.ActionItemsVerify, Data(id))));
        foreach (var response in responses) response.Dispose();

        Assert.Equal(ActionItemStatus.Verified, (await world.ItemAsync(id)).Status);
        Assert.Equal(1, await world.QueryAsync(db => Task.FromResult(db.Set<FidelityEvent>().Count(e => e.Kind == FidelityEventKinds.Verified))));
    }

    internal static JsonObject Data(Guid id) => new() { ["actionItemId"] = id.ToString() };

    internal static JsonElement Card(Fakes.ConnectorRequest request) =>
        request.Body!.Value.GetProperty("attachments")[0].GetProperty("content");
}

using System.Text.Json;
using CaseCoach.Cards;
using CaseCoach.Core.ActionItems;
using CaseCoach.Tests.Reviews;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CaseCoach.Tests.ActionItems;

/// <summary>R17: the action-items email is an Outlook actionable message (the checklist card) with an HTML fallback.</summary>
public class ActionItemsEmailTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(-5));
    private static readonly DateOnly Today = new(2026, 11, 30);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_email_carries_the_caseworkers_checklist_card_for_Outlook_and_the_items_as_HTML_R17()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var id = Assert.Single(await world.RecordCoachingAsync(Today, ("Referral to parenting support <Triple P>", Today.AddDays(3), false)));
        await world.Channel.SweepAsync();

        var email = await EmailAsync(world);
        var card = CardIn(email.HtmlBody!);

        Assert.Equal(ActionItemsWorld.Originator, card.GetProperty("originator").GetString());
        Assert.Equal("1.4", card.GetProperty("version").GetString());
        Assert.Equal(CardVerbs.ActionItemsRefresh, card.GetProperty("refresh").GetProperty("action").GetProperty("verb").GetString());
        Assert.Equal([CardVerbs.ActionItemsReportDone, CardVerbs.ActionItemsReportBarrier], MyTasksTests.Buttons(card));
        Assert.Equal(id.ToString(), MyTasksTests.DataOf(card, CardVerbs.ActionItemsReportDone)["actionItemId"]!.GetValue<string>());
        Assert.DoesNotContain("Action.Submit", card.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Time", card.ToString(), StringComparison.Ordinal);

        // The fallback, for clients without actionable messages: the table of items, HTML-encoded, after the head.
        var html = email.HtmlBody!;
        var body = html[html.IndexOf("<body>", StringComparison.Ordinal)..];
        Assert.Contains("<td>Referral to parenting support &lt;Triple P&gt;</td>", body, StringComparison.Ordinal);
        Assert.Contains("Your notes on the grandmother", body, StringComparison.Ordinal);
        Assert.Contains("- Referral to parenting support <Triple P>", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_from_the_Outlook_card_reports_the_item_and_answers_with_the_new_card_R18()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var id = Assert.Single(await world.RecordCoachingAsync(Today, ("Add sibling visit notes", Today.AddDays(3), false)));
        await world.Channel.SweepAsync();
        var card = CardIn((await EmailAsync(world)).HtmlBody!);

        var answer = await world.InvokeFromOutlookAsync(world.Caseworker, CardVerbs.ActionItemsReportDone, MyTasksTests.DataOf(card, CardVerbs.ActionItemsReportDone));

        Assert.Equal(200, answer.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer.GetProperty("type").GetString());
        Assert.DoesNotContain(CardVerbs.ActionItemsReportDone, Survey.Verbs(answer.GetProperty("value")));
        Assert.Equal(ActionItemStatus.ReportedDone, (await world.ItemAsync(id)).Status);
    }

    [Fact]
    public async Task A_barrier_from_the_Outlook_card_is_recorded_and_the_refresh_gives_the_opener_their_view_R19()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var id = Assert.Single(await world.RecordCoachingAsync(Today, ("Referral to parenting support", Today.AddDays(5), false)));
        await world.Channel.SweepAsync();
        var card = CardIn((await EmailAsync(world)).HtmlBody!);
        var data = MyTasksTests.DataOf(card, CardVerbs.ActionItemsReportBarrier);
        data[$"barrier-{id}"] = "The provider's waitlist is three weeks.";

        var answer = await world.InvokeFromOutlookAsync(world.Supervisor, CardVerbs.ActionItemsReportBarrier, data);

        Assert.Equal(200, answer.GetProperty("statusCode").GetInt32());
        Assert.Equal("The provider's waitlist is three weeks.", (await world.ItemAsync(id)).Barrier);
        var refreshData = JsonSerializer.Deserialize<System.Text.Json.Nodes.JsonObject>(card.GetProperty("refresh").GetProperty("action").GetProperty("data").GetRawText())!;
        var reviewerView = await world.InvokeFromOutlookAsync(world.Reviewer, CardVerbs.ActionItemsRefresh, refreshData);
        Assert.Contains(CardVerbs.ActionItemsExtend, Survey.Verbs(reviewerView.GetProperty("value")));
        Assert.DoesNotContain(CardVerbs.ActionItemsReportDone, Survey.Verbs(reviewerView.GetProperty("value")));
    }

    [Fact]
    public async Task A_designated_party_opening_the_Outlook_email_sees_the_checklist_read_only_not_a_refusal_R17()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        await world.QueryAsync(async db =>
        {
            (await db.Jurisdictions.SingleAsync(Ct)).SetDesignatedRecipients(["program-director@riverside.example"]);
            return await db.SaveChangesAsync(Ct);
        });
        Assert.Single(await world.RecordCoachingAsync(Today, ("Referral to parenting support", Today.AddDays(5), false)));
        await world.Channel.SweepAsync();
        var email = await EmailAsync(world);
        var card = CardIn(email.HtmlBody!);
        var refreshData = JsonSerializer.Deserialize<System.Text.Json.Nodes.JsonObject>(card.GetProperty("refresh").GetProperty("action").GetProperty("data").GetRawText())!;

        // Outlook runs the card's refresh as whoever opens the email.
        var designated = await world.InvokeFromOutlookAsync(world.ProgramDirector, CardVerbs.ActionItemsRefresh, refreshData);
        var outsider = await world.InvokeFromOutlookAsync(world.OtherCaseworker, CardVerbs.ActionItemsRefresh, refreshData.DeepClone().AsObject());

        Assert.Contains(email.Cc.Mailboxes, m => m.Address == "program-director@riverside.example");
        Assert.Equal(200, designated.GetProperty("statusCode").GetInt32());
        var view = designated.GetProperty("value");
        Assert.Contains(Survey.Texts(view), t => t.Contains("Referral to parenting support", StringComparison.Ordinal));
        Assert.Empty(MyTasksTests.Buttons(view));
        Assert.DoesNotContain(Survey.Elements(view), e => e.TryGetProperty("type", out var t) && t.GetString()!.StartsWith("Input.", StringComparison.Ordinal));
        Assert.Equal(403, outsider.GetProperty("statusCode").GetInt32()); // copied only by being designated: others still refused
    }

    [Fact]
    public async Task A_verb_from_the_Outlook_card_by_someone_off_the_case_is_refused_and_changes_nothing()
    {
        await using var world = await ActionItemsWorld.StartAsync(Monday);
        var id = Assert.Single(await world.RecordCoachingAsync(Today, ("Add sibling visit notes", Today.AddDays(3), false)));
        await world.Channel.SweepAsync();
        var card = CardIn((await EmailAsync(world)).HtmlBody!);

        var answer = await world.InvokeFromOutlookAsync(world.OtherCaseworker, CardVerbs.ActionItemsReportDone, MyTasksTests.DataOf(card, CardVerbs.ActionItemsReportDone));

        Assert.Equal(403, answer.GetProperty("statusCode").GetInt32());
        Assert.Equal(ActionItemStatus.Open, (await world.ItemAsync(id)).Status);
    }

    private static async Task<MimeMessage> EmailAsync(ActionItemsWorld world)
    {
        var file = Assert.Single(Directory.GetFiles(world.Channel.Bot.OutboxFolder, "*.eml"), f => Path.GetFileName(f).StartsWith("action-items", StringComparison.Ordinal));
        return await MimeMessage.LoadAsync(file, Ct);
    }

    /// <summary>The card Outlook renders: the adaptivecard+json script in the HTML head.</summary>
    private static JsonElement CardIn(string html)
    {
        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        const string open = "<script type=\"application/adaptivecard+json\">";
        var start = head.IndexOf(open, StringComparison.Ordinal) + open.Length;
        return JsonDocument.Parse(head[start..head.IndexOf("</script>", start, StringComparison.Ordinal)]).RootElement.Clone();
    }
}

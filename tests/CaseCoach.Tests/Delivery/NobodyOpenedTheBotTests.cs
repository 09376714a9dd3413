using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseCoach.Bot.Graph;
using CaseCoach.Cards;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Reviews;
using CaseCoach.Tests.Coaching;
using CaseCoach.Tests.Fakes;
using CaseCoach.Tests.Hosting;
using CaseCoach.Tests.Mail;
using CaseCoach.Tests.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CaseCoach.Tests.Delivery;

/// <summary>
/// Issue 12 "Done when": the whole loop through the real host, with a QA supervisor and a supervisor who never opened
/// the bot (reached in Teams after proactive installation through the Graph fake) and a caseworker without Teams
/// (Graph 404: reached by email). Only the reviewer has the app. The bot's clock is moved, never slept on; every
/// notice counts as delivered only when a channel delivered it, and nothing is left stuck.
/// </summary>
public sealed class NobodyOpenedTheBotTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Review_debrief_decision_poll_booking_record_checklist_done_and_verify_reach_people_who_never_opened_the_bot_R7_R8_R13_R16_R18()
    {
        await using var graph = await ProactiveInstallationTests.StartGraphAsync();
        await using var coaching = await CoachingWorld.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Teams:CatalogAppId"] = graph.Teams.AppId,
            ["Graph:BaseUrl"] = graph.Fake.BaseUrl,
        }, services: s => s.AddSingleton<IGraphAccessTokenProvider, FixedGraphToken>());
        var world = coaching.World;
        await world.InstallAsync(world.Reviewer); // the one person with the app: the tenant's serviceUrl is known
        graph.Teams.Refuse(world.Caseworker.AadObjectId, 404, "NotFound"); // no Teams licence
        var qaChat = FakeGraphTeams.ChatIdOf(world.QaSupervisor.AadObjectId);
        var supervisorChat = FakeGraphTeams.ChatIdOf(world.Supervisor.AadObjectId);

        // Review submitted with a No: the debrief reaches the QA supervisor in the chat the bot installed itself into (R7).
        var reviewKey = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, CardVerbs.ReviewSubmit, Survey.Filled(reviewKey, ("q2", "no", "Two contacts in 90 days")));
        await coaching.Channel.SweepAsync();
        Assert.Contains(SentTo(coaching, qaChat), r => r.Body!.Value.ToString().Contains("Coaching needed", StringComparison.Ordinal));

        // Decision (R8): the coaching poll to the supervisor (installed chat) and reviewer, the request email to the caseworker.
        var decision = Survey.Id(reviewKey);
        decision["safetyConcern"] = "false";
        await world.InvokeAsync(world.QaSupervisor, CardVerbs.ReviewConfirmDecision, decision);
        await coaching.Channel.SweepAsync();
        await coaching.Channel.SweepAsync();
        var request = await coaching.RequestAsync();
        Assert.Contains(SentTo(coaching, supervisorChat), r => Card(r) is { } c && Survey.Verbs(c).Contains(CardVerbs.CoachingPick));
        var toCaseworker = EmailsTo(coaching, world.Caseworker);
        var requestEmail = Assert.Single(toCaseworker); // the request email only, not the poll's twin as well
        Assert.Equal(ReviewWorld.Email(world.Reviewer), requestEmail.ReplyTo.Mailboxes.Single().Address);

        // The supervisor books; the invitation goes to everyone, the caseworker by email.
        Survey.Card(await world.InvokeAsync(world.Supervisor, CardVerbs.CoachingPick, CoachingWorld.Pick(request.Key, request.Slots[0].Id)));
        await coaching.Channel.SweepAsync();
        Assert.Single(coaching.Bookings());
        var session = Assert.Single(await coaching.SessionsAsync());
        Assert.Equal(2, EmailsTo(coaching, world.Caseworker).Count);

        // Past the session's end (clock moved): the record card reaches the QA supervisor's installed chat and the reviewer (R16).
        await world.SetClockAsync(session.ScheduledEnd.AddMinutes(5).ToString("O", CultureInfo.InvariantCulture));
        await coaching.Channel.SweepAsync();
        await coaching.Channel.SweepAsync();
        Assert.Single(RecordCards(coaching, qaChat));
        var recordCard = Assert.Single(RecordCards(coaching, world.Reviewer.ConversationId));

        // The reviewer documents it with one item, q2 No changed to Yes (R15): the checklist reaches the caseworker by email.
        var due = DateOnly.FromDateTime(session.ScheduledEnd.UtcDateTime).AddDays(7);
        var saved = Survey.Card(await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsRecordCoaching, RecordData(recordCard, "q2", "Add sibling visit notes", due)));
        Assert.DoesNotContain(Survey.Verbs(saved), v => v == CardVerbs.ActionItemsRecordCoaching);
        await coaching.Channel.SweepAsync();
        await coaching.Channel.SweepAsync();
        var item = Assert.Single(await world.InDbAsync(db => db.Set<ActionItem>().AsNoTracking().ToListAsync(Ct)));
        var checklist = Assert.Single(EmailsTo(coaching, world.Caseworker), e => e.HtmlBody?.Contains("Add sibling visit notes", StringComparison.Ordinal) == true);
        Assert.Equal(ReviewWorld.Email(world.Reviewer), checklist.ReplyTo.Mailboxes.Single().Address);
        Assert.Equal(Answer.Yes, (await world.LoadReviewAsync(reviewKey)).Answers.Single(a => a.QuestionId == "q2").Value);

        // Done from the Outlook card (R18): the reviewer is told and verifies.
        await InvokeFromOutlookAsync(coaching, world.Caseworker, CardVerbs.ActionItemsReportDone, new JsonObject { ["actionItemId"] = item.Id.ToString() });
        await coaching.Channel.SweepAsync();
        Assert.Contains(SentTo(coaching, world.Reviewer.ConversationId), r => r.BodyString("text")?.Contains("done", StringComparison.Ordinal) == true);
        await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsVerify, new JsonObject { ["actionItemId"] = item.Id.ToString() });
        await coaching.Channel.SweepAsync();

        Assert.Equal(ActionItemStatus.Verified, (await world.InDbAsync(db => db.Set<ActionItem>().AsNoTracking().SingleAsync(Ct))).Status);
        // The app was installed once for each person reached in Teams; the caseworker (404) is tried per notice, never reached in Teams.
        foreach (var person in new[] { world.QaSupervisor, world.Supervisor })
            Assert.Single(graph.Teams.Requests, r => r.Method == "POST" && r.Path.Contains(person.AadObjectId, StringComparison.Ordinal));
        Assert.Contains(graph.Teams.Requests, r => r.Method == "POST" && r.Path.Contains(world.Caseworker.AadObjectId, StringComparison.Ordinal));
        Assert.Empty(SentTo(coaching, FakeGraphTeams.ChatIdOf(world.Caseworker.AadObjectId)));
        Assert.DoesNotContain(graph.Teams.Requests, r => r.Path.Contains(world.Reviewer.AadObjectId, StringComparison.Ordinal));
        // Every notice was delivered by some channel: none stuck, none waiting.
        Assert.Equal(0, await world.InDbAsync(db => db.OutboxMessages.CountAsync(m => m.Status != OutboxStatus.Delivered, Ct)));
        Assert.Equal(EmailsTo(coaching, world.Caseworker).Select(e => e.Subject).Distinct().Count(), EmailsTo(coaching, world.Caseworker).Count);
    }

    internal static IEnumerable<ConnectorRequest> SentTo(CoachingWorld coaching, string conversationId) => coaching.Channel.Connector.Requests
        .Where(r => r.Method == "POST" && Uri.UnescapeDataString(r.Path).Contains(conversationId, StringComparison.Ordinal) && r.Body is not null);

    private static JsonElement? Card(ConnectorRequest request) =>
        request.Body!.Value.TryGetProperty("attachments", out var a) && a.GetArrayLength() > 0 ? a[0].GetProperty("content") : null;

    private static List<JsonElement> RecordCards(CoachingWorld coaching, string conversationId) => SentTo(coaching, conversationId)
        .Select(Card).OfType<JsonElement>().Where(c => Survey.Verbs(c).Contains(CardVerbs.ActionItemsRecordCoaching)).ToList();

    private static List<MimeMessage> EmailsTo(CoachingWorld coaching, TestPerson person) =>
        (Directory.Exists(coaching.Channel.Bot.OutboxFolder) ? Directory.GetFiles(coaching.Channel.Bot.OutboxFolder, "*.eml") : [])
        .Order().Select(f => MimeMessage.Load(f))
        .Where(m => m.To.Mailboxes.Any(b => b.Address == ReviewWorld.Email(person))).ToList();

    /// <summary>The record card's save data with its inputs as the card holds them, plus one item and the No changed to Yes.</summary>
    private static JsonObject RecordData(JsonElement card, string changedToYes, string item, DateOnly due)
    {
        var save = Survey.Elements(card).Single(e => e.TryGetProperty("verb", out var v) && v.GetString() == CardVerbs.ActionItemsRecordCoaching);
        var data = JsonNode.Parse(save.GetProperty("data").GetRawText())!.AsObject();
        foreach (var input in Survey.Elements(card).Where(e => e.TryGetProperty("type", out var t) && t.GetString()!.StartsWith("Input.", StringComparison.Ordinal)))
            data[input.GetProperty("id").GetString()!] = input.TryGetProperty("value", out var value) ? value.GetString() : "";
        var row = data.Select(p => p.Key).First(k => k.StartsWith("description-", StringComparison.Ordinal))["description-".Length..];
        data[$"description-{row}"] = item;
        data[$"due-{row}"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        data["concerns"] = "Contacts below the monthly standard.";
        data["answersChangedToYes"] = changedToYes;
        return data;
    }

    private static async Task InvokeFromOutlookAsync(CoachingWorld coaching, TestPerson from, string verb, JsonObject data)
    {
        var activity = coaching.Channel.Activities.Invoke(from, verb, data);
        activity["channelId"] = "outlook";
        activity["conversation"] = new JsonObject { ["id"] = $"outlook-{from.AadObjectId}", ["tenantId"] = Activities.DefaultTenant };
        using var response = await coaching.Channel.SendAsync(activity);
        response.EnsureSuccessStatusCode();
        Assert.NotEqual(500, Survey.Status(JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement));
    }
}

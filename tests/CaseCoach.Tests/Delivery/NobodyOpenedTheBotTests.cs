using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseCoach.Bot.Graph;
using CaseCoach.Cards;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Reviews;
using CaseCoach.Tests.ActionItems;
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

    [Fact]
    public async Task Reminder_overdue_escalation_and_staffing_reach_a_caseworker_supervisor_and_directors_who_never_opened_the_bot_once_each_R20_to_R22()
    {
        var eastern = TimeSpan.FromHours(-5);
        var monday = new DateOnly(2026, 11, 30);
        await using var graph = await ProactiveInstallationTests.StartGraphAsync();
        await using var world = await ActionItemsWorld.StartAsync(new DateTimeOffset(2026, 11, 30, 10, 0, 0, eastern), database: null, new Dictionary<string, string?>
        {
            ["Teams:CatalogAppId"] = graph.Teams.AppId,
            ["Graph:BaseUrl"] = graph.Fake.BaseUrl,
        }, s => s.AddSingleton<IGraphAccessTokenProvider, FixedGraphToken>(), w => [w.Reviewer]);
        graph.Teams.Refuse(world.Caseworker.AadObjectId, 404, "NotFound"); // no Teams licence
        graph.Teams.Refuse(world.ProgramDirector.AadObjectId, 403, "Forbidden"); // installation refused
        var supervisorChat = FakeGraphTeams.ChatIdOf(world.Supervisor.AadObjectId);
        var qualityChat = FakeGraphTeams.ChatIdOf(world.DirectorOfQuality.AadObjectId);

        // Monday: the session is documented with one item due Wednesday; the checklist goes out.
        await world.RecordCoachingAsync(monday, ("Add sibling visit notes", monday.AddDays(2), false));
        await world.Channel.SweepAsync();
        await world.Channel.SweepAsync();
        Assert.Single(world.Emails(), e => To(e, "caseworker@riverside.example")); // the action-items email, not a checklist twin as well
        Assert.Contains(Posts(world, supervisorChat), b => b.Contains("Add sibling visit notes", StringComparison.Ordinal));

        // Tuesday 9:00, the business day before it is due (clock moved): the reminder, by email to the caseworker, in Teams to the supervisor.
        await world.SetClockAsync(new DateTimeOffset(2026, 12, 1, 9, 0, 0, eastern));
        await world.Channel.SweepAsync();
        await world.Channel.SweepAsync();
        Assert.Single(world.Emails(), e => To(e, "caseworker@riverside.example") && e.Contains("Subject: Reminder: action items due soon", StringComparison.Ordinal));
        Assert.Contains(Posts(world, supervisorChat), b => b.Contains("friendly reminder", StringComparison.Ordinal));
        Assert.Equal(1, await world.QueryAsync(db => db.Set<FidelityEvent>().CountAsync(e => e.Kind == FidelityEventKinds.ReminderSent, Ct)));

        // Thursday after close of business: overdue, the overdue email and the escalation to the directors (R21, R22).
        await world.SetClockAsync(new DateTimeOffset(2026, 12, 3, 17, 30, 0, eastern));
        await world.Channel.SweepAsync();
        await world.Channel.SweepAsync();
        var staffing = Assert.Single(await world.QueryAsync(db => db.Set<AccountabilityStaffing>().ToListAsync(Ct)));
        Assert.Contains(Posts(world, qualityChat), b => b.Contains(CardVerbs.ActionItemsScheduleStaffing, StringComparison.Ordinal));
        var toDirector = world.Emails().Where(e => To(e, "program-director@riverside.example")).ToList();
        var escalation = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Assert.Single(toDirector))), Ct); // the escalation email, no twin as well
        Assert.StartsWith("Accountability staffing needed", escalation.Subject, StringComparison.Ordinal);
        Assert.Equal("quality-director@riverside.example", escalation.ReplyTo.Mailboxes.Single().Address);
        Assert.Equal(1, await world.QueryAsync(db => db.Set<FidelityEvent>().CountAsync(e => e.Kind == FidelityEventKinds.OverdueNoticeSent, Ct)));

        // The program director books the staffing from the escalation email's card in Outlook.
        var booked = await world.InvokeFromOutlookAsync(world.ProgramDirector, CardVerbs.ActionItemsScheduleStaffing, new JsonObject { ["staffingId"] = staffing.Id.ToString() });
        Assert.Contains("booked for", booked.GetProperty("value").ToString(), StringComparison.Ordinal);
        await world.Channel.SweepAsync();
        Assert.Single(world.Emails(), e => e.Contains("Subject: Accountability staffing: case RC-1001", StringComparison.Ordinal));

        // Repeated sweeps deliver nothing twice; nothing is stuck or waiting.
        var (emails, posts) = (world.Emails().Count, world.Connector.Requests.Count(r => r.Method == "POST"));
        foreach (var _ in Enumerable.Range(0, 3)) await world.Channel.SweepAsync();
        Assert.Equal((emails, posts), (world.Emails().Count, world.Connector.Requests.Count(r => r.Method == "POST")));
        Assert.Equal(0, await world.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Status != OutboxStatus.Delivered, Ct)));
        foreach (var person in new[] { world.Supervisor, world.DirectorOfQuality })
            Assert.Single(graph.Teams.Requests, r => r.Method == "POST" && r.Path.Contains(person.AadObjectId, StringComparison.Ordinal));
        Assert.Empty(Posts(world, FakeGraphTeams.ChatIdOf(world.Caseworker.AadObjectId)));
        Assert.Empty(Posts(world, FakeGraphTeams.ChatIdOf(world.ProgramDirector.AadObjectId)));
    }

    [Fact]
    public async Task A_Connector_failing_past_the_retry_budget_with_email_refused_is_stuck_shown_to_the_QA_supervisor_and_resent_once_by_retry()
    {
        await using var graph = await ProactiveInstallationTests.StartGraphAsync();
        await using var world = await ReviewWorld.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Teams:CatalogAppId"] = graph.Teams.AppId,
            ["Graph:BaseUrl"] = graph.Fake.BaseUrl,
            ["Mail:Provider"] = "Graph",
            ["Mail:Graph:Mailbox"] = "casecoach@riverside.example",
            ["Connector:MaxRetries"] = "0",
            ["Outbox:MaxAttempts"] = "2",
            ["Outbox:BaseBackoff"] = "00:00:01",
            ["Outbox:MaxBackoff"] = "00:00:01",
        }, services: s => s.AddSingleton<IGraphAccessTokenProvider, FixedGraphToken>());
        await world.SetClockAsync("2026-12-01T09:00:00-05:00");
        await world.InstallAsync(world.Reviewer, world.QaSupervisor);
        await world.Channel.SweepAsync();
        var supervisorChat = FakeGraphTeams.ChatIdOf(world.Supervisor.AadObjectId);

        // A notice for the supervisor, who never opened the bot: installed for her, then the Connector fails twice (the
        // whole budget) and the email twin is refused.
        await world.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<CaseCoach.Core.Persistence.CaseCoachDbContext>();
            var supervisor = await db.People.SingleAsync(p => p.AadObjectId == world.Supervisor.AadObjectId, Ct);
            await s.GetRequiredService<CaseCoach.Bot.Outbound.PersonalMessenger>().SendTextAsync(
                supervisor, new CaseCoach.Core.Application.Cause("send-back", "e2e"), "An action item was sent back to you.", Ct);
            return await db.SaveChangesAsync(Ct);
        });
        world.Channel.Connector.Enqueue(FakeConnectorResponse.Error(503, "ServiceUnavailable"), FakeConnectorResponse.Error(503, "ServiceUnavailable"));
        graph.Fake.Enqueue(new FakeGraph.Reply(403, ErrorCode: "ErrorAccessDenied"));
        await world.Channel.SweepAsync();
        await world.SetClockAsync("2026-12-01T09:01:00-05:00");
        await world.Channel.SweepAsync();
        await world.Channel.SweepAsync();
        var failed = await world.InDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Status == OutboxStatus.Failed, Ct));
        var alert = world.Channel.Connector.Requests.Last(r => Uri.UnescapeDataString(r.Path).Contains(world.QaSupervisor.ConversationId, StringComparison.Ordinal));
        using (await world.Channel.SendAsync(world.Channel.Activities.Message(world.QaSupervisor, "stuck"))) { }
        await world.Channel.SweepAsync();
        var listed = world.Channel.Connector.Requests.Last(r => Uri.UnescapeDataString(r.Path).Contains(world.QaSupervisor.ConversationId, StringComparison.Ordinal));

        var retried = await world.InScopeAsync(s => s.GetRequiredService<CaseCoach.Core.Outbox.OutboxRetry>().RetryAsync(null, Ct));
        foreach (var _ in Enumerable.Range(0, 3)) await world.Channel.SweepAsync();

        Assert.Contains("retry budget spent", failed.LastError, StringComparison.Ordinal);
        Assert.Contains("A message could not be delivered", alert.Body!.Value.ToString(), StringComparison.Ordinal);
        Assert.Contains($"#{failed.Id} **send-back** for Taylor Nguyen", listed.BodyString("text"), StringComparison.Ordinal);
        Assert.Equal(1, retried);
        // Two refused by the Connector, then the retry delivered it once.
        Assert.Equal(3, SentToChat(world, supervisorChat).Count(r => r.Method == "POST" && r.BodyString("text") == "An action item was sent back to you."));
        Assert.Single(graph.Teams.Requests, r => r.Method == "POST" && r.Path.Contains(world.Supervisor.AadObjectId, StringComparison.Ordinal));
        Assert.Equal(0, await world.InDbAsync(db => db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed, Ct)));
    }

    [Fact]
    public async Task Two_instances_sweeping_at_once_deliver_the_debrief_and_the_poll_once_each_and_install_the_app_once_per_person_R7_R13()
    {
        await using var graph = await ProactiveInstallationTests.StartGraphAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Teams:CatalogAppId"] = graph.Teams.AppId,
            ["Graph:BaseUrl"] = graph.Fake.BaseUrl,
        };
        await using var coaching = await CoachingWorld.StartAsync(settings: settings, services: s => s.AddSingleton<IGraphAccessTokenProvider, FixedGraphToken>());
        var world = coaching.World;
        await world.InstallAsync(world.Reviewer);
        graph.Teams.Refuse(world.Caseworker.AadObjectId, 404, "NotFound");
        await using var second = new BotApplication(new Dictionary<string, string?>(settings.Concat(coaching.Channel.Issuer.BotSettings(TestChannel.AppId)))
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["Development:Token"] = TestChannel.DevelopmentToken,
            ["Data:Folder"] = coaching.Channel.Bot.DataFolder,
            ["Calendar:Provider"] = "Local",
            ["Calendar:LocalFolder"] = coaching.CalendarFolder,
            ["Outlook:ActionableMessageOriginator"] = CoachingWorld.Originator,
            ["MicrosoftAppTenantId"] = Activities.DefaultTenant,
            ["BotAuth:TrustedServiceUrls:0"] = coaching.Channel.Connector.Origin,
        }, services: s => s.AddSingleton<CaseCoach.Bot.Connector.Http.IConnectorTokenProvider, FixedConnectorToken>()
            .AddSingleton<IGraphAccessTokenProvider, FixedGraphToken>());
        using var secondHttp = second.CreateClient();
        secondHttp.DefaultRequestHeaders.Add(CaseCoach.Bot.Hosting.DevelopmentEndpointOptions.HeaderName, TestChannel.DevelopmentToken);
        using (var moved = await secondHttp.PostAsJsonAsync("/api/dev/clock", new { now = CoachingWorld.Monday9am }, Ct)) moved.EnsureSuccessStatusCode();

        var reviewKey = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, CardVerbs.ReviewSubmit, Survey.Filled(reviewKey, ("q2", "no", "Two contacts in 90 days")));
        await BothSweepAsync(coaching, secondHttp);
        var decision = Survey.Id(reviewKey);
        decision["safetyConcern"] = "false";
        await world.InvokeAsync(world.QaSupervisor, CardVerbs.ReviewConfirmDecision, decision);
        foreach (var _ in Enumerable.Range(0, 3)) await BothSweepAsync(coaching, secondHttp);

        var qaChat = FakeGraphTeams.ChatIdOf(world.QaSupervisor.AadObjectId);
        var supervisorChat = FakeGraphTeams.ChatIdOf(world.Supervisor.AadObjectId);
        Assert.Single(SentTo(coaching, qaChat), r => r.Body!.Value.ToString().Contains("Coaching needed", StringComparison.Ordinal));
        Assert.Single(SentTo(coaching, supervisorChat), r => Card(r) is { } c && Survey.Verbs(c).Contains(CardVerbs.CoachingPick));
        Assert.Single(EmailsTo(coaching, world.Caseworker));
        Assert.Single(await coaching.World.InDbAsync(db => db.Set<CoachingRequest>().ToListAsync(Ct)));
        Assert.Equal(0, await world.InDbAsync(db => db.OutboxMessages.CountAsync(m => m.Status != OutboxStatus.Delivered, Ct)));
    }

    private static async Task BothSweepAsync(CoachingWorld coaching, HttpClient second)
    {
        var secondSweep = second.PostAsync("/api/dev/sweep", null, Ct);
        await coaching.Channel.SweepAsync();
        using var answer = await secondSweep;
        answer.EnsureSuccessStatusCode();
    }

    private static IEnumerable<ConnectorRequest> SentToChat(ReviewWorld world, string conversationId) => world.Channel.Connector.Requests
        .Where(r => Uri.UnescapeDataString(r.Path).Contains(conversationId, StringComparison.Ordinal));

    private static bool To(string eml, string address) =>
        MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(eml)), Ct).To.Mailboxes.Any(m => m.Address == address);

    private static IEnumerable<string> Posts(ActionItemsWorld world, string conversationId) => world.Connector.Requests
        .Where(r => r.Method == "POST" && r.Body is not null && Uri.UnescapeDataString(r.Path).Contains(conversationId, StringComparison.Ordinal))
        .Select(r => r.Body!.Value.ToString());

    internal static IEnumerable<ConnectorRequest> SentTo(CoachingWorld coaching, string conversationId) => coaching.Channel.Connector.Requests
        .Where(r => r.Method == "POST" && Uri.UnescapeDataString(r.Path).Contains(conversationId, StringComparison.Ordinal) && r.Body is not null);

    private static JsonElement? Card(ConnectorRequest request) =>
        request.Body!.Value.TryGetProperty("attachments", out var a) && a.GetArrayLength() > 0 ? a[0].GetProperty("content") : null;

    private static List<JsonElement> RecordCards(CoachingWorld coaching, string conversationId) => SentTo(coaching, conversationId)
        .Select(Card).OfType<JsonElement>().Where(c => Survey.Verbs(c).Contains(CardVerbs.ActionItemsRecordCoaching)).ToList();

    private static List<MimeMessage> EmailsTo(CoachingWorld coaching, TestPerson person) =>
        (Directory.Exists(coaching.Channel.Bot.OutboxFolder) ? Directory.GetFiles(coaching.Channel.Bot.OutboxFolder, "*.eml") : [])
        .Order().Select(f => MimeMessage.Load(f, Ct))
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

using System.Text.Json;
using CaseCoach.Bot.Cli;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Graph;
using CaseCoach.Bot.Outbound;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Application;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using CaseCoach.Tests.ActionItems;
using CaseCoach.Tests.Auth;
using CaseCoach.Tests.Fakes;
using CaseCoach.Tests.Hosting;
using CaseCoach.Tests.Mail;
using CaseCoach.Tests.Manifest;
using CaseCoach.Tests.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Tests.Delivery;

/// <summary>
/// Issue 12 item 2 and its faults: a Connector failing past the retry budget hands the notice to its email twin; a
/// notice's fidelity event is written only once a channel delivered it (R24); a notice no channel could deliver is
/// shown to the QA supervisor (a message and `stuck`) and resent once by `outbox retry`. Nothing is lost silently.
/// </summary>
public sealed class NoticeFallbackTests
{
    private static readonly TimeSpan Eastern = TimeSpan.FromHours(-5);
    private static readonly DateOnly Monday = new(2026, 12, 14);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One attempt per claim (no in-process Connector retries), two claims, a second apart.</summary>
    private static readonly Dictionary<string, string?> TightBudget = new()
    {
        ["Connector:MaxRetries"] = "0",
        ["Outbox:MaxAttempts"] = "2",
        ["Outbox:BaseBackoff"] = "00:00:01",
        ["Outbox:MaxBackoff"] = "00:00:01",
    };

    [Fact]
    public async Task Reminder_sent_is_written_only_once_a_channel_delivered_it_and_once_for_both_recipients_R20_R24()
    {
        await using var world = await ReminderDueAsync();
        world.Connector.Enqueue(FakeConnectorResponse.Error(500, "InternalServerError"), FakeConnectorResponse.Error(500, "InternalServerError"));

        await world.Channel.SweepAsync();
        var whileFailing = await ReminderEventsAsync(world);
        await world.SetClockAsync(new DateTimeOffset(2026, 12, 15, 9, 1, 0, Eastern));
        await world.Channel.SweepAsync();
        await world.Channel.SweepAsync();

        Assert.Equal(0, whileFailing);
        Assert.Equal(1, await ReminderEventsAsync(world));
        // One refused (500), one delivered: the event counts the delivered one.
        Assert.Equal(2, world.RequestsTo(world.Caseworker).Count(r => r.BodyString("text")?.Contains("friendly reminder", StringComparison.Ordinal) == true));
        Assert.DoesNotContain(world.Emails(), e => e.Contains("Subject: Reminder: action items due soon", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Connector_failures_past_the_retry_budget_send_the_email_twin_once_each()
    {
        await using var world = await ReminderDueAsync();
        world.Connector.Enqueue([.. Enumerable.Repeat(FakeConnectorResponse.Error(503, "ServiceUnavailable"), 4)]);

        await world.Channel.SweepAsync();
        await world.SetClockAsync(new DateTimeOffset(2026, 12, 15, 9, 1, 0, Eastern));
        await world.Channel.SweepAsync();
        await world.SetClockAsync(new DateTimeOffset(2026, 12, 15, 9, 2, 0, Eastern));
        await world.Channel.SweepAsync();

        var twins = world.Emails().Where(e => e.Contains("Subject: Reminder: action items due soon", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, twins.Count);
        Assert.Single(twins, e => e.Contains("caseworker@riverside.example", StringComparison.Ordinal));
        Assert.Single(twins, e => e.Contains("supervisor@riverside.example", StringComparison.Ordinal) && !e.Contains("To: Dana", StringComparison.Ordinal));
        Assert.Contains(twins, e => e.Contains("Add sibling visit notes", StringComparison.Ordinal));
        Assert.Equal(2, world.RequestsTo(world.Caseworker).Count(r => r.BodyString("text")?.Contains("friendly reminder", StringComparison.Ordinal) == true));
        Assert.Equal(1, await ReminderEventsAsync(world));
        Assert.Equal(0, await world.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed)));
    }

    [Fact]
    public async Task A_notice_no_channel_could_deliver_is_shown_to_the_QA_supervisor_listed_by_stuck_and_resent_once_by_retry()
    {
        await using var graph = await FakeGraph.StartAsync(Ct);
        var logs = new RecordingLoggerProvider();
        await using var world = await ReviewWorld.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Mail:Provider"] = "Graph",
            ["Mail:Graph:Mailbox"] = "casecoach@riverside.example",
            ["Graph:BaseUrl"] = graph.BaseUrl,
        }, services: s => s.AddSingleton<IGraphAccessTokenProvider, FixedGraphToken>().AddSingleton<ILoggerProvider>(logs));
        await world.InstallAsync(world.QaSupervisor);
        await world.Channel.SweepAsync(); // whatever the sweeps send on their own goes first
        var mailsBefore = graph.Requests.Count;
        graph.Enqueue(new FakeGraph.Reply(403, ErrorCode: "ErrorAccessDenied"));

        // The reviewer never opened the bot and proactive installation is off: only email is left, and it is refused.
        await world.InScopeAsync(async s =>
        {
            var reviewer = await s.GetRequiredService<CaseCoachDbContext>().People.SingleAsync(p => p.AadObjectId == world.Reviewer.AadObjectId, Ct);
            await s.GetRequiredService<PersonalMessenger>().SendTextAsync(reviewer, new Cause("review-assigned", "test"), "A case review is assigned to you.", Ct);
            return await s.GetRequiredService<CaseCoachDbContext>().SaveChangesAsync(Ct);
        });
        await world.Channel.SweepAsync();
        await world.Channel.SweepAsync();
        var alert = world.Channel.Connector.Requests.Last();
        var failed = await world.InDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Status == OutboxStatus.Failed, Ct));

        using (await world.Channel.SendAsync(world.Channel.Activities.Message(world.QaSupervisor, "stuck"))) { }
        using (await world.Channel.SendAsync(world.Channel.Activities.Message(world.Reviewer, "stuck"))) { }
        await world.Channel.SweepAsync();
        var listed = world.Channel.Connector.Requests.Single(r => r.BodyString("text")?.Contains("message(s) could not be delivered on any channel:", StringComparison.Ordinal) == true);
        var refused = world.Channel.Connector.Requests.Last(r => Uri.UnescapeDataString(r.Path).Contains(world.Reviewer.ConversationId, StringComparison.Ordinal));

        var retried = await world.InScopeAsync(s => s.GetRequiredService<OutboxRetry>().RetryAsync(null, Ct));
        await world.Channel.SweepAsync();
        await world.Channel.SweepAsync();

        Assert.StartsWith("review-assigned:test:", failed.IdempotencyKey, StringComparison.Ordinal);
        Assert.Contains("proactive installation is off", failed.LastError, StringComparison.Ordinal);
        Assert.Contains("403", failed.LastError, StringComparison.Ordinal);
        Assert.Contains(world.QaSupervisor.ConversationId, Uri.UnescapeDataString(alert.Path), StringComparison.Ordinal);
        var card = alert.Body!.Value.GetProperty("attachments")[0].GetProperty("content").ToString();
        Assert.Contains("A message could not be delivered", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"review-assigned\"", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Jordan Patel\"", card, StringComparison.Ordinal);
        Assert.Contains($"outbox retry --id {failed.Id}", card, StringComparison.Ordinal);
        Assert.Equal("A message could not be delivered by Teams or email: open the card to see what it was and why.", alert.BodyString("summary"));
        var alertTwin = JsonSerializer.Deserialize<NoticePayload>(await world.InDbAsync(db => db.OutboxMessages
            .Where(m => m.Kind == NoticeOutbox.Kind && m.IdempotencyKey.StartsWith(StuckAlarm.CauseName + ":")).Select(m => m.Payload).FirstAsync(Ct)), BotJson.Options)!;
        Assert.Equal("A CaseCoach message could not be delivered", alertTwin.Email!.Subject); // its own twin, not the generic one
        Assert.Contains("Why Teams:", alertTwin.Email.TextBody, StringComparison.Ordinal);
        Assert.Contains($"#{failed.Id} **review-assigned** for Jordan Patel", listed.BodyString("text"), StringComparison.Ordinal);
        Assert.Contains(world.QaSupervisor.ConversationId, Uri.UnescapeDataString(listed.Path), StringComparison.Ordinal);
        Assert.Equal("The list of undelivered messages is for the QA supervisor.", refused.BodyString("text"));
        var warning = Assert.Single(logs.Entries, e => e.Level == LogLevel.Warning && e.EventId.Id == 1501);
        Assert.Contains($"Outbox row {failed.Id} (review-assigned)", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Information
            && (e.Message.Contains("Jordan", StringComparison.Ordinal) || e.Message.Contains("@riverside.example", StringComparison.Ordinal)));
        Assert.Equal(1, retried);
        Assert.Equal(2, graph.Requests.Count - mailsBefore); // refused once, then sent once: never twice
        Assert.Equal(0, await world.InDbAsync(db => db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed, Ct)));
    }

    [Fact]
    public void Outbox_retry_is_a_verb_and_says_when_nothing_failed()
    {
        var folder = Directory.CreateTempSubdirectory("casecoach-retry-").FullName;
        try
        {
            var run = CliRun.Invoke(OutboxCommand.Create(CliRun.Configuration(("Data:Folder", folder))), "outbox", "retry");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("Nothing to retry", run.Output, StringComparison.Ordinal);
            Assert.True(CliVerbs.IsVerb(["outbox"]));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>An item due Wednesday, recorded Monday; Tuesday 9:00 is the business day before: the reminder is due.</summary>
    private static async Task<ActionItemsWorld> ReminderDueAsync()
    {
        var world = await ActionItemsWorld.StartAsync(new DateTimeOffset(2026, 12, 14, 10, 0, 0, Eastern), settings: TightBudget);
        await world.RecordCoachingAsync(Monday, ("Add sibling visit notes", Monday.AddDays(2), false));
        await world.Channel.SweepAsync();
        await world.SetClockAsync(new DateTimeOffset(2026, 12, 15, 9, 0, 0, Eastern));
        return world;
    }

    private static Task<int> ReminderEventsAsync(ActionItemsWorld world) =>
        world.QueryAsync(db => db.Set<FidelityEvent>().CountAsync(e => e.Kind == FidelityEventKinds.ReminderSent));
}

using System.Text.Json.Nodes;
using CaseCoach.Cards;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Persistence;
using CaseCoach.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using static CaseCoach.Tests.ActionItems.ChecklistCardTests;

namespace CaseCoach.Tests.ActionItems;

/// <summary>A review, its coaching session and three action items walked through a week with POST /api/dev/clock (R18-R24).</summary>
public class ActionItemTimelineTests
{
    private static readonly TimeSpan Eastern = TimeSpan.FromHours(-5);
    private static readonly DateOnly Monday = new(2026, 11, 30);

    /// <summary>A time in New York on 30 November (day 30) or the days after it (31 = 1 December, ...).</summary>
    private static DateTimeOffset At(int day, int hour, int minute = 0) =>
        new DateTimeOffset(2026, 11, 30, hour, minute, 0, Eastern).AddDays(day - 30);

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Review_coaching_then_done_extended_and_overdue_items_get_reminders_the_overdue_email_and_one_escalation_R18_to_R24(
        DatabaseProvider provider)
    {
        await using var world = await ActionItemsWorld.StartAsync(At(30, 10), provider);
        var reviewId = await world.CompleteReviewAsync();
        var ids = await world.RecordCoachingAsync(reviewId, Monday,
            ("Update the safety plan with the grandmother", Monday.AddDays(3), true),
            ("Referral to in-home parenting support", Monday.AddDays(2), false),
            ("Add sibling visit notes to the case file", Monday.AddDays(2), false));
        var (done, extended, overdue) = (ids[0], ids[1], ids[2]);
        await world.Channel.SweepAsync();
        Assert.Contains(world.Emails(), e => e.Contains("Action items from today", StringComparison.Ordinal)); // R17

        // Monday afternoon: one reported done and verified, one barrier then an extension (R18, R19).
        await world.SetClockAsync(At(30, 14));
        await world.InvokeAsync(world.Caseworker, CardVerbs.ActionItemsReportDone, Data(done));
        await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsVerify, Data(done));
        await world.InvokeAsync(world.Caseworker, CardVerbs.ActionItemsReportBarrier, new JsonObject { ["actionItemId"] = extended.ToString(), [$"barrier-{extended}"] = "Provider waitlist" });
        await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsExtend, new JsonObject { ["actionItemId"] = extended.ToString(), [$"newDueDate-{extended}"] = "2026-12-09" });
        await world.Channel.SweepAsync();

        // Tuesday: the reminder before the due date, to caseworker and supervisor, for the open item only (R20).
        await world.SetClockAsync(At(31, 10));
        var before = world.Connector.Requests.Count;
        await world.Channel.SweepAsync();
        await world.Channel.SweepAsync();
        // The first of the month also brings the directors of quality November's digest, a card: only chat texts count here.
        var reminders = world.Connector.Requests.Skip(before).Where(r => r.BodyString("text") is not null).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, r => Assert.Contains("Add sibling visit notes", r.BodyString("text"), StringComparison.Ordinal));
        Assert.All(reminders, r => Assert.Contains("due tomorrow", r.BodyString("text"), StringComparison.Ordinal));
        Assert.DoesNotContain(reminders, r => r.BodyString("text")!.Contains("Referral", StringComparison.Ordinal));
        Assert.Single(world.RequestsTo(world.Supervisor), r => r.BodyString("text")?.Contains("reminder", StringComparison.Ordinal) == true);

        // Wednesday after close of business: the item became overdue today (R20).
        await world.SetClockAsync(At(32, 17, 30));
        before = world.Connector.Requests.Count;
        await world.Channel.SweepAsync();
        var overdueNotices = world.Connector.Requests.Skip(before).ToList();
        Assert.Equal(2, overdueNotices.Count(r => r.BodyString("text")?.Contains("now past due", StringComparison.Ordinal) == true));
        Assert.Equal(3, overdueNotices.Count(r => r.Method == "PUT" && r.Body!.Value.ToString().Contains("Overdue", StringComparison.Ordinal)));

        // Thursday morning: the overdue email (R21), once.
        await world.SetClockAsync(At(33, 8, 30));
        await world.Channel.SweepAsync();
        await world.Channel.SweepAsync();
        var overdueEmail = Assert.Single(world.Emails(), e => e.Contains("Subject: Past due", StringComparison.Ordinal));
        Assert.Contains("Add sibling visit notes", overdueEmail, StringComparison.Ordinal);
        Assert.DoesNotContain("Referral", overdueEmail, StringComparison.Ordinal);
        Assert.Equal(0, await world.QueryAsync(db => db.Set<AccountabilityStaffing>().CountAsync()));

        // Thursday after close of business, two instances at once: one escalation to both directors (R22).
        await world.SetClockAsync(At(33, 17, 30));
        before = world.Connector.Requests.Count;
        await Task.WhenAll(world.Channel.SweepAsync(), world.Channel.SweepAsync());
        await world.Channel.SweepAsync();
        var escalation = Assert.Single(world.Emails(), e => e.Contains("Subject: Accountability staffing needed", StringComparison.Ordinal));
        Assert.Contains("quality-director@riverside.example", escalation, StringComparison.Ordinal);
        Assert.Contains("program-director@riverside.example", escalation, StringComparison.Ordinal);
        var cards = world.Connector.Requests.Skip(before).Where(r => r.Body?.ToString().Contains(CardVerbs.ActionItemsScheduleStaffing, StringComparison.Ordinal) == true).ToList();
        Assert.Single(cards, c => Uri.UnescapeDataString(c.Path).Contains(world.DirectorOfQuality.ConversationId, StringComparison.Ordinal));
        Assert.Single(cards, c => Uri.UnescapeDataString(c.Path).Contains(world.ProgramDirector.ConversationId, StringComparison.Ordinal));
        var staffing = Assert.Single(await world.QueryAsync(db => db.Set<AccountabilityStaffing>().ToListAsync()));
        Assert.Equal([overdue], staffing.ActionItemIds);

        // Friday: sweeping again sends nothing at all.
        await world.SetClockAsync(At(34, 9));
        var (requests, emails) = (world.Connector.Requests.Count, world.Emails().Count);
        await world.Channel.SweepAsync();
        Assert.Equal((requests, emails), (world.Connector.Requests.Count, world.Emails().Count));

        // R24: every step is a dated fidelity event.
        var kinds = await world.QueryAsync(db => db.Set<FidelityEvent>().Select(e => e.Kind).ToListAsync());
        Assert.Equal(1, kinds.Count(k => k == FidelityEventKinds.CoachingRecorded));
        Assert.Equal(1, kinds.Count(k => k == FidelityEventKinds.ActionItemsEmailed));
        Assert.Equal(1, kinds.Count(k => k == FidelityEventKinds.Verified));
        Assert.Equal(1, kinds.Count(k => k == FidelityEventKinds.DueDateExtended));
        Assert.Equal(1, kinds.Count(k => k == FidelityEventKinds.ReminderSent));
        Assert.Equal(1, kinds.Count(k => k == FidelityEventKinds.OverdueEmailSent));
        Assert.Equal(1, kinds.Count(k => k == FidelityEventKinds.Escalated));
    }
}

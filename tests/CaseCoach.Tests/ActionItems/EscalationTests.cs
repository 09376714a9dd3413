using System.Text.Json.Nodes;
using CaseCoach.Cards;
using CaseCoach.Core.ActionItems;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Tests.ActionItems;

public class EscalationTests
{
    private static readonly TimeSpan Eastern = TimeSpan.FromHours(-5);
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Fact]
    public async Task A_director_books_the_staffing_once_through_the_calendar_and_others_are_refused_R22()
    {
        await using var world = await EscalatedAsync();
        var staffing = Assert.Single(await world.QueryAsync(db => db.Set<AccountabilityStaffing>().ToListAsync()));
        var data = new JsonObject { ["staffingId"] = staffing.Id.ToString() };

        var caseworker = await world.InvokeAsync(world.Caseworker, CardVerbs.ActionItemsScheduleStaffing, data);
        var booked = await world.InvokeAsync(world.ProgramDirector, CardVerbs.ActionItemsScheduleStaffing, data);
        var again = await world.InvokeAsync(world.DirectorOfQuality, CardVerbs.ActionItemsScheduleStaffing, data);
        await world.Channel.SweepAsync();

        Assert.Equal(403, caseworker.GetProperty("statusCode").GetInt32());
        Assert.Contains("booked for Friday, December 4 at 10:00 AM", booked.GetProperty("value").ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(CardVerbs.ActionItemsScheduleStaffing, again.GetProperty("value").ToString(), StringComparison.Ordinal);
        Assert.Contains(world.RequestsTo(world.DirectorOfQuality), r => r.Method == "PUT" && r.Body!.Value.ToString().Contains("booked for", StringComparison.Ordinal));
        var invite = Assert.Single(world.Emails(), e => e.Contains("Subject: Accountability staffing: case RC-1001", StringComparison.Ordinal));
        Assert.Contains("text/calendar", invite, StringComparison.Ordinal);
        Assert.Contains("caseworker@riverside.example", invite, StringComparison.Ordinal);
        Assert.Contains("quality-director@riverside.example", invite, StringComparison.Ordinal);
        var scheduled = Assert.Single(await world.QueryAsync(db => db.Set<AccountabilityStaffing>().ToListAsync()));
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 10, 0, 0, Eastern), scheduled.StartsAt);
        Assert.Equal(1, await world.QueryAsync(db => db.Set<FidelityEvent>().CountAsync(e => e.Kind == FidelityEventKinds.StaffingScheduled)));
    }

    [Fact]
    public async Task A_second_staffing_for_the_same_worker_carries_the_repeat_warning_R23()
    {
        await using var world = await EscalatedAsync();
        Assert.DoesNotContain(world.Emails(), e => e.Contains("Repeat accountability staffing", StringComparison.Ordinal));

        await world.SetClockAsync(new DateTimeOffset(2026, 12, 7, 9, 0, 0, Eastern));
        await world.RecordCoachingAsync(new DateOnly(2026, 12, 7), ("Document the home visit", new DateOnly(2026, 12, 8), false));
        await world.SetClockAsync(new DateTimeOffset(2026, 12, 9, 17, 30, 0, Eastern));
        await world.Channel.SweepAsync();

        var second = Assert.Single(world.Emails(), e => e.Contains("Document the home visit", StringComparison.Ordinal)
            && e.Contains("Subject: Accountability staffing needed", StringComparison.Ordinal));
        Assert.Contains("Repeat accountability staffing: number 2 for this caseworker", second, StringComparison.Ordinal);
        Assert.Equal(2, await world.QueryAsync(db => db.Set<AccountabilityStaffing>().CountAsync()));
    }

    [Fact]
    public async Task Two_sessions_escalated_by_one_sweep_see_each_other_so_the_second_is_a_repeat_R23()
    {
        // One sweep batch escalates both sessions in one transaction: the second must count the first (R23).
        await using var world = await ActionItemsWorld.StartAsync(new DateTimeOffset(2026, 11, 30, 10, 0, 0, Eastern));
        await world.RecordCoachingAsync(Monday, ("Add sibling visit notes", Monday.AddDays(2), false));
        await world.RecordCoachingAsync(null, Monday, [], ("Document the home visit", Monday.AddDays(2), false));
        await world.SetClockAsync(new DateTimeOffset(2026, 12, 3, 17, 30, 0, Eastern));
        await world.Channel.SweepAsync();

        var escalations = world.Emails().Where(e => e.Contains("Subject: Accountability staffing needed", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, escalations.Count);
        Assert.Single(escalations, e => e.Contains("Repeat accountability staffing: number 2 for this caseworker", StringComparison.Ordinal));
        Assert.Equal(2, await world.QueryAsync(db => db.Set<AccountabilityStaffing>().CountAsync()));
    }

    [Fact]
    public async Task Holidays_are_not_business_days_for_the_overdue_email_and_escalation_R21_R22()
    {
        // Due Wednesday 25 November; Thursday 26 is the jurisdiction's holiday, so the email waits for Friday.
        await using var world = await ActionItemsWorld.StartAsync(new DateTimeOffset(2026, 11, 23, 10, 0, 0, Eastern));
        await world.RecordCoachingAsync(new DateOnly(2026, 11, 23), ("Add sibling visit notes", new DateOnly(2026, 11, 25), false));

        await world.SetClockAsync(new DateTimeOffset(2026, 11, 26, 9, 0, 0, Eastern));
        await world.Channel.SweepAsync();
        var onHoliday = world.Emails().Count(e => e.Contains("Subject: Past due", StringComparison.Ordinal));
        await world.SetClockAsync(new DateTimeOffset(2026, 11, 27, 9, 0, 0, Eastern));
        await world.Channel.SweepAsync();

        Assert.Equal(0, onHoliday);
        Assert.Single(world.Emails(), e => e.Contains("Subject: Past due", StringComparison.Ordinal));
        Assert.Equal(0, await world.QueryAsync(db => db.Set<AccountabilityStaffing>().CountAsync()));
    }

    /// <summary>One item due Wednesday 2 December, left open until after close of business on Thursday.</summary>
    private static async Task<ActionItemsWorld> EscalatedAsync()
    {
        var world = await ActionItemsWorld.StartAsync(new DateTimeOffset(2026, 11, 30, 10, 0, 0, Eastern));
        await world.RecordCoachingAsync(Monday, ("Add sibling visit notes", Monday.AddDays(2), false));
        await world.SetClockAsync(new DateTimeOffset(2026, 12, 3, 17, 30, 0, Eastern));
        await world.Channel.SweepAsync();
        return world;
    }
}

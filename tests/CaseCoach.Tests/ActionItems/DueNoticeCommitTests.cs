using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Persistence;
using CaseCoach.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.ActionItems;

/// <summary>
/// The action-item sweep commits a batch of sessions in one transaction, each (session, kind) group in its own
/// savepoint: one durable commit for many notices, and a notice another instance already sent costs only its group (R20-R22).
/// </summary>
public class DueNoticeCommitTests
{
    private static readonly TimeSpan Eastern = TimeSpan.FromHours(-5);
    private static readonly DateOnly Monday = new(2026, 11, 30);
    private static readonly DateTimeOffset FridayEvening = new(2026, 12, 4, 17, 30, 0, Eastern);

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Three_sessions_overdue_notice_email_and_escalation_commit_in_one_transaction_R20_R21_R22(DatabaseProvider provider)
    {
        await using var world = await ActionItemsWorld.StartAsync(new DateTimeOffset(2026, 11, 30, 10, 0, 0, Eastern), provider);
        for (var i = 0; i < 3; i++)
            await world.RecordCoachingAsync(Monday, ($"Action {i}", Monday.AddDays(1), false));
        await world.SetClockAsync(FridayEvening);

        var commits = await RunSweepAsync(world);

        // 3 sessions x (overdue, email, escalation) = 9 groups, which would be 9 commits one group at a time.
        Assert.Equal(1, commits);
        var notices = await world.QueryAsync(db => db.Set<ActionItemNotice>().AsNoTracking().Where(n => n.Kind != NoticeKind.Reminder).CountAsync());
        Assert.Equal(9, notices);
        Assert.Equal(0, await world.QueryAsync(db => db.Set<ActionItem>().CountAsync(i => i.NoticesPendingFor != null)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_notice_another_instance_already_sent_rolls_back_only_its_group_and_the_others_commit_R20_R21_R22(DatabaseProvider provider)
    {
        await using var world = await ActionItemsWorld.StartAsync(new DateTimeOffset(2026, 11, 30, 10, 0, 0, Eastern), provider);
        var raced = (await world.RecordCoachingAsync(Monday, ("Update the safety plan", Monday.AddDays(1), false)))[0];
        var other = (await world.RecordCoachingAsync(Monday, ("Add sibling visit notes", Monday.AddDays(1), false)))[0];
        await world.SetClockAsync(FridayEvening);
        // The other instance's overdue notice about the raced item: its key, filed in a way the sweep's read does not
        // see (as if it committed between this run's read and its write).
        await world.QueryAsync(async db =>
        {
            var planted = ActionItemNotice.Sent(NoticeKind.Overdue, raced, Monday, FridayEvening);
            db.Add(planted);
            db.Entry(planted).Property(n => n.Key).CurrentValue = OverduePlan.Key(NoticeKind.Overdue, raced, Monday.AddDays(1));
            return await db.SaveChangesAsync();
        });

        await RunSweepAsync(world);

        var notices = await world.QueryAsync(db => db.Set<ActionItemNotice>().AsNoTracking()
            .Where(n => n.Kind != NoticeKind.Reminder).Select(n => new { n.ActionItemId, n.Kind, n.DueOn }).ToListAsync());
        // The other session got all three; the raced one its email and escalation (its rolled-back overdue notice was
        // not saved again with them), and its overdue notice is the other instance's alone.
        Assert.Equal(3, notices.Count(n => n.ActionItemId == other && n.DueOn == Monday.AddDays(1)));
        Assert.Equal([NoticeKind.OverdueEmail, NoticeKind.Escalation],
            notices.Where(n => n.ActionItemId == raced && n.DueOn == Monday.AddDays(1)).Select(n => n.Kind).Order());
        Assert.Single(notices, n => n.ActionItemId == raced && n.Kind == NoticeKind.Overdue);
        // Settled only where the three notices about the due date are on file.
        Assert.Null((await world.ItemAsync(other)).NoticesPendingFor);
        Assert.Equal(Monday.AddDays(1), (await world.ItemAsync(raced)).NoticesPendingFor);
    }

    /// <summary>Runs the sweep once; returns the transactions its context committed (EF's own around a lone save included).</summary>
    private static async Task<int> RunSweepAsync(ActionItemsWorld world)
    {
        await using var scope = world.Channel.Bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>();
        var commits = 0;
        using var listener = EfEvents.Subscribe(RelationalEventId.TransactionCommitted, data =>
        {
            if (data is TransactionEndEventData { Context: var context } && context == db) Interlocked.Increment(ref commits);
        });
        await scope.ServiceProvider.GetRequiredService<RemindAboutDueItems>()
            .RunOnceAsync(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(), TestContext.Current.CancellationToken);
        return commits;
    }
}

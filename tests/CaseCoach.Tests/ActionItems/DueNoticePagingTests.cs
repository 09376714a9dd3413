using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Persistence;
using CaseCoach.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.ActionItems;

/// <summary>The action-item sweep reads in keyset pages; more due items than one page still earn each notice once (R20-R22).</summary>
public class DueNoticePagingTests
{
    private static readonly TimeSpan Eastern = TimeSpan.FromHours(-5);
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task With_a_page_of_one_item_each_notice_is_sent_once_and_each_session_gets_one_message_per_kind_R20_R21_R22(DatabaseProvider provider)
    {
        await using var world = await ActionItemsWorld.StartAsync(new DateTimeOffset(2026, 11, 30, 10, 0, 0, Eastern), provider);
        // Due Tuesday and Thursday in one session, Wednesday in another: in (DueOn, Id) order the first session's
        // items fall on pages either side of the second's.
        await world.RecordCoachingAsync(Monday, ("Add sibling visit notes", Monday.AddDays(1), false), ("Update the safety plan", Monday.AddDays(3), false));
        await world.RecordCoachingAsync(Monday, ("Referral to parenting support", Monday.AddDays(2), false));
        await world.Channel.SweepAsync();
        var before = world.Emails().Count;

        // Friday after close of business: every item is overdue, emailed and escalated (R20-R22).
        await world.SetClockAsync(new DateTimeOffset(2026, 12, 4, 17, 30, 0, Eastern));
        await RunPagedSweepAsync(world, pageSize: 1);
        await RunPagedSweepAsync(world, pageSize: 1);
        await world.Channel.SweepAsync(); // the default sweep finds nothing left, and the outbox goes out

        var notices = await world.QueryAsync(db => db.Set<ActionItemNotice>().AsNoTracking().ToListAsync());
        // Monday's sweep reminded the item due Tuesday; Friday's owes the 3 items x (overdue, email, escalation) and no
        // reminder after the fact.
        Assert.Equal(1, notices.Count(n => n.Kind == NoticeKind.Reminder));
        Assert.All(new[] { NoticeKind.Overdue, NoticeKind.OverdueEmail, NoticeKind.Escalation }, kind => Assert.Equal(3, notices.Count(n => n.Kind == kind)));
        Assert.All(notices, n => Assert.Equal(n.Key, OverduePlan.Key(n.Kind, n.ActionItemId, n.DueOn)));
        var emails = world.Emails().Skip(before).ToList();
        Assert.Equal(2, emails.Count(e => e.Contains("Subject: Past due", StringComparison.Ordinal)));
        Assert.Single(emails, e => e.Contains("Subject: Past due", StringComparison.Ordinal)
            && e.Contains("Add sibling visit notes", StringComparison.Ordinal) && e.Contains("Update the safety plan", StringComparison.Ordinal));
        Assert.Equal(2, await world.QueryAsync(db => db.Set<AccountabilityStaffing>().CountAsync()));
    }

    private static async Task RunPagedSweepAsync(ActionItemsWorld world, int pageSize)
    {
        await using var scope = world.Channel.Bot.Services.CreateAsyncScope();
        var sweep = ActivatorUtilities.CreateInstance<RemindAboutDueItems>(scope.ServiceProvider, pageSize);
        await sweep.RunOnceAsync(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(), TestContext.Current.CancellationToken);
    }
}

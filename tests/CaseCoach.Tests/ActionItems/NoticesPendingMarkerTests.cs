using System.Text.Json.Nodes;
using CaseCoach.Cards;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Persistence;
using CaseCoach.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Tests.ActionItems;

/// <summary>
/// The sweep's index marker (ActionItem.NoticesPendingFor): an item escalated about its due date leaves the sweep's
/// range; an extension brings it back with a fresh set of notices (R19-R22).
/// </summary>
public class NoticesPendingMarkerTests
{
    private static readonly TimeSpan Eastern = TimeSpan.FromHours(-5);
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_escalated_item_is_settled_and_its_extension_earns_fresh_notices_about_the_new_date_R19_R22(DatabaseProvider provider)
    {
        await using var world = await ActionItemsWorld.StartAsync(new DateTimeOffset(2026, 11, 30, 10, 0, 0, Eastern), provider);
        var ids = await world.RecordCoachingAsync(Monday, ("Update the safety plan", Monday.AddDays(1), false), ("Add sibling visit notes", Monday.AddDays(4), false));
        var (escalated, reminded) = (ids[0], ids[1]);

        // Thursday after close of business: the item due Tuesday is overdue, emailed and escalated; the other reminded.
        await world.SetClockAsync(new DateTimeOffset(2026, 12, 3, 17, 30, 0, Eastern));
        await world.Channel.SweepAsync();
        Assert.Null((await world.ItemAsync(escalated)).NoticesPendingFor);
        Assert.Equal(Monday.AddDays(4), (await world.ItemAsync(reminded)).NoticesPendingFor);

        await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsExtend,
            new JsonObject { ["actionItemId"] = escalated.ToString(), [$"newDueDate-{escalated}"] = "2026-12-09" });
        Assert.Equal(new DateOnly(2026, 12, 9), (await world.ItemAsync(escalated)).NoticesPendingFor);

        // Wednesday 9 December after close of business: overdue again, about the new date (R20).
        await world.SetClockAsync(new DateTimeOffset(2026, 12, 9, 17, 30, 0, Eastern));
        await world.Channel.SweepAsync();
        var aboutNewDate = await world.QueryAsync(db => db.Set<ActionItemNotice>().AsNoTracking()
            .Where(n => n.ActionItemId == escalated && n.DueOn == new DateOnly(2026, 12, 9)).Select(n => n.Kind).ToListAsync());
        Assert.Contains(NoticeKind.Overdue, aboutNewDate);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task An_item_with_every_notice_on_file_but_still_marked_is_settled_by_the_next_run_and_sent_nothing_more_R22(DatabaseProvider provider)
    {
        await using var world = await ActionItemsWorld.StartAsync(new DateTimeOffset(2026, 11, 30, 10, 0, 0, Eastern), provider);
        var item = (await world.RecordCoachingAsync(Monday, ("Update the safety plan", Monday.AddDays(1), false)))[0];
        await world.SetClockAsync(new DateTimeOffset(2026, 12, 3, 17, 30, 0, Eastern));
        await world.Channel.SweepAsync();
        var notices = await world.QueryAsync(db => db.Set<ActionItemNotice>().CountAsync());

        // As if a run was cut short between the escalation's commit and its settling.
        await world.QueryAsync(db => db.Set<ActionItem>().Where(i => i.Id == item)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.NoticesPendingFor, (DateOnly?)Monday.AddDays(1))));
        await world.Channel.SweepAsync();

        Assert.Null((await world.ItemAsync(item)).NoticesPendingFor);
        Assert.Equal(notices, await world.QueryAsync(db => db.Set<ActionItemNotice>().CountAsync()));
    }
}

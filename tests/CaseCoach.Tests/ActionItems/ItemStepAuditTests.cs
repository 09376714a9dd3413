using System.Text.Json.Nodes;
using CaseCoach.Cards;
using CaseCoach.Core.ActionItems;
using Microsoft.EntityFrameworkCore;
using static CaseCoach.Tests.ActionItems.ChecklistCardTests;

namespace CaseCoach.Tests.ActionItems;

/// <summary>
/// The audit trail of the checklist's steps, as the SaveChanges interceptor writes it from the item: one entry a step,
/// the clicker's aadObjectId, the item's id, and the outcome (status and due date), never the text typed.
/// </summary>
public sealed class ItemStepAuditTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Fact]
    public async Task Done_send_back_verify_barrier_and_extend_each_leave_one_exact_audit_entry_R18_R19()
    {
        await using var world = await ActionItemsWorld.StartAsync(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(-5)));
        var reviewId = await world.CompleteReviewAsync();
        var ids = await world.RecordCoachingAsync(reviewId, Monday,
            ("Referral to in-home parenting support", Monday.AddDays(2), false),
            ("Add sibling visit notes to the case file", Monday.AddDays(3), false));
        var (first, second) = (ids[0], ids[1]);
        var before = await world.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == "ActionItem").CountAsync());

        await world.InvokeAsync(world.Caseworker, CardVerbs.ActionItemsReportDone, Data(first));
        await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsSendBack, Typed(first, "sendBackReason", "The referral form is not in the file"));
        await world.InvokeAsync(world.Caseworker, CardVerbs.ActionItemsReportDone, Data(first));
        await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsVerify, Data(first));
        await world.InvokeAsync(world.Caseworker, CardVerbs.ActionItemsReportBarrier, Typed(second, "barrier", "Provider waitlist"));
        await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsExtend, Typed(second, "newDueDate", "2026-12-09"));

        var entries = await world.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "ActionItem").OrderBy(a => a.Id)
            .Skip(before).Select(a => new { a.Actor, a.Action, a.EntityId, a.DetailsJson }).ToListAsync());
        var (caseworker, reviewer) = (world.Caseworker.AadObjectId, world.Reviewer.AadObjectId);
        Assert.Equal(
        [
            new { Actor = caseworker, Action = "actionItems.reportDone", EntityId = first.ToString(), DetailsJson = """{"status":"ReportedDone","dueOn":"2026-12-02"}""" },
            new { Actor = reviewer, Action = "actionItems.sendBack", EntityId = first.ToString(), DetailsJson = """{"status":"Open","dueOn":"2026-12-02"}""" },
            new { Actor = caseworker, Action = "actionItems.reportDone", EntityId = first.ToString(), DetailsJson = """{"status":"ReportedDone","dueOn":"2026-12-02"}""" },
            new { Actor = reviewer, Action = "actionItems.verify", EntityId = first.ToString(), DetailsJson = """{"status":"Verified","dueOn":"2026-12-02"}""" },
            new { Actor = caseworker, Action = "actionItems.reportBarrier", EntityId = second.ToString(), DetailsJson = """{"status":"Open","dueOn":"2026-12-03"}""" },
            new { Actor = reviewer, Action = "actionItems.extend", EntityId = second.ToString(), DetailsJson = """{"status":"Open","dueOn":"2026-12-09"}""" },
        ], entries);
    }

    [Fact]
    public async Task A_refused_step_leaves_no_audit_entry_R18()
    {
        await using var world = await ActionItemsWorld.StartAsync(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(-5)));
        var ids = await world.RecordCoachingAsync(Monday, ("Referral to in-home parenting support", Monday.AddDays(2), false));
        var before = await world.QueryAsync(db => db.AuditEntries.CountAsync());

        await world.InvokeAsync(world.Reviewer, CardVerbs.ActionItemsVerify, Data(ids[0])); // not reported done yet
        await world.InvokeAsync(world.OtherCaseworker, CardVerbs.ActionItemsReportDone, Data(ids[0])); // not on this case

        Assert.Equal(before, await world.QueryAsync(db => db.AuditEntries.CountAsync()));
    }

    private static JsonObject Typed(Guid id, string input, string value) =>
        new() { ["actionItemId"] = id.ToString(), [$"{input}-{id}"] = value };
}

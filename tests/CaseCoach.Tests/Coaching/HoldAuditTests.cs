using System.Text.Json;
using CaseCoach.Core.Audit;
using CaseCoach.Tests.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Tests.Coaching;

/// <summary>R10: placing and cancelling the tentative hold are audited on the review, by the system, from the entity.</summary>
public sealed class HoldAuditTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_hold_placed_and_cancelled_leave_exact_system_audit_entries_on_the_review_R10()
    {
        await using var coaching = await CoachingWorld.StartAsync(tentativeHold: true);
        var world = coaching.World;
        var reviewId = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId));
        await coaching.Channel.SweepAsync();
        await coaching.Channel.SweepAsync();
        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(reviewId));
        await world.InvokeAsync(world.QaSupervisor, "review.confirmDecision", Survey.Id(reviewId));
        await coaching.Channel.SweepAsync();
        await coaching.Channel.SweepAsync();

        var entries = await world.InDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Review" && a.EntityId == reviewId && a.Action.StartsWith("coaching.hold"))
            .OrderBy(a => a.Id).ToListAsync(Ct));
        Assert.Equal(["coaching.holdPlaced", "coaching.holdCancelled"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(AuditEntry.SystemActor, e.Actor));
        using var placed = JsonDocument.Parse(entries[0].DetailsJson);
        Assert.Equal(DateTimeOffset.Parse("2026-12-03T15:00:00Z"), placed.RootElement.GetProperty("start").GetDateTimeOffset());
        Assert.Equal("""{"notNeeded":true}""", entries[1].DetailsJson);
    }
}

using System.Text.Json;
using CaseCoach.Core.Audit;
using CaseCoach.Core.Coaching;
using CaseCoach.Tests.Reviews;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CaseCoach.Tests.Coaching;

/// <summary>R10: the tentative coaching hold placed when a review starts, released when no coaching is needed.</summary>
public sealed class HoldTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_tentative_hold_is_placed_when_the_review_starts_and_cancelled_when_no_coaching_is_needed_both_audited_R10()
    {
        await using var coaching = await CoachingWorld.StartAsync(tentativeHold: true);
        var world = coaching.World;
        var reviewId = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId));

        await coaching.Channel.SweepAsync();
        await coaching.Channel.SweepAsync();

        var hold = Assert.Single(await HoldsAsync(coaching));
        Assert.True(hold.IsActive);
        Assert.Equal(DateTimeOffset.Parse("2026-12-03T15:00:00Z"), hold.Start); // due Tue 1 Dec + 2 business days, 10:00 in New York
        var booking = Assert.Single(coaching.Bookings());
        Assert.DoesNotContain("STATUS:CANCELLED", File.ReadAllText(booking), StringComparison.Ordinal);
        var placed = await MimeMessage.LoadAsync(Assert.Single(coaching.EmailFiles("coaching-hold-"), f => !f.Contains("cancelled", StringComparison.Ordinal)), Ct);
        Assert.Equal(new[] { world.Reviewer, world.Caseworker, world.Supervisor }.Select(ReviewWorld.Email).Order(), placed.To.Mailboxes.Select(m => m.Address).Order());

        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(reviewId));
        await world.InvokeAsync(world.QaSupervisor, "review.confirmDecision", Survey.Id(reviewId));
        await coaching.Channel.SweepAsync();
        await coaching.Channel.SweepAsync();

        Assert.False(Assert.Single(await HoldsAsync(coaching)).IsActive);
        Assert.Contains("STATUS:CANCELLED", File.ReadAllText(Assert.Single(coaching.Bookings())), StringComparison.Ordinal);
        var released = await MimeMessage.LoadAsync(Assert.Single(coaching.EmailFiles("coaching-hold-cancelled-")), Ct);
        Assert.Equal("text/calendar", Assert.Single(released.Attachments.OfType<MimePart>()).ContentType.MimeType);
        Assert.Contains("no coaching is needed", released.TextBody, StringComparison.Ordinal);

        // Both are audited on the review, by the system, from the entity through the SaveChanges interceptor.
        var audit = await world.InDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Review" && a.EntityId == reviewId && a.Action.StartsWith("coaching.hold"))
            .OrderBy(a => a.Id).ToListAsync(Ct));
        Assert.Equal(["coaching.holdPlaced", "coaching.holdCancelled"], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(AuditEntry.SystemActor, e.Actor));
        using var placedDetails = JsonDocument.Parse(audit[0].DetailsJson);
        Assert.Equal(DateTimeOffset.Parse("2026-12-03T15:00:00Z"), placedDetails.RootElement.GetProperty("start").GetDateTimeOffset());
        Assert.Equal("""{"notNeeded":true}""", audit[1].DetailsJson);
    }

    [Fact]
    public async Task No_hold_is_placed_where_the_jurisdiction_does_not_ask_for_one_R10()
    {
        await using var coaching = await CoachingWorld.StartAsync(tentativeHold: false);
        var world = coaching.World;
        var reviewId = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId));

        await coaching.Channel.SweepAsync();

        Assert.Empty(await HoldsAsync(coaching));
        Assert.Empty(coaching.Bookings());
    }

    [Fact]
    public async Task The_hold_is_released_once_the_real_coaching_session_is_booked_R10_R14()
    {
        await using var coaching = await CoachingWorld.StartAsync(tentativeHold: true);
        var world = coaching.World;
        await world.InstallAsync(world.Supervisor);
        var reviewId = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId));
        await coaching.Channel.SweepAsync();
        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(reviewId, ("q4", "no", "No safety plan update")));
        await world.InvokeAsync(world.QaSupervisor, "review.confirmDecision", Survey.Id(reviewId));
        await coaching.Channel.SweepAsync();
        var request = await coaching.RequestAsync();

        await world.InvokeAsync(world.Supervisor, "coaching.pick", CoachingWorld.Pick(request.Key, request.Slots[0].Id));
        await coaching.Channel.SweepAsync();

        Assert.False(Assert.Single(await HoldsAsync(coaching)).IsActive);
        Assert.Equal(2, coaching.Bookings().Length);
        Assert.Equal(CoachingRequestStatus.Booked, (await coaching.RequestAsync()).Status);
    }

    private static Task<List<CoachingHold>> HoldsAsync(CoachingWorld coaching) =>
        coaching.World.InDbAsync(db => db.Set<CoachingHold>().AsNoTracking().ToListAsync(Ct));
}

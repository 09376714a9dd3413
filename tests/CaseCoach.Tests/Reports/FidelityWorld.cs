using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Reports;
using CaseCoach.Core.Reports.Fidelity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoach.Tests.Reports;

/// <summary>Coaching sessions and staffings added to a <see cref="ReportsWorld"/> through the domain's own steps.</summary>
internal static class FidelityWorld
{
    /// <summary>R13: a booked session for the review, inside or outside the window the booking allowed.</summary>
    public static async Task CoachAsync(this ReportsWorld world, long reviewId, DateTimeOffset start, DateTimeOffset windowEnd)
    {
        await using var db = world.Context();
        var review = await db.Reviews.SingleAsync(r => r.Id == reviewId);
        var request = CoachingRequest.Open(reviewId, [new ProposedSlot(start, start.AddHours(1), true)], windowEnd, review.CompletedAt!.Value);
        request.Book(start, start.AddHours(1), "event-" + reviewId, "aad-nsup", review.CompletedAt!.Value.AddDays(1));
        db.Add(request);
        db.Add(CoachingSession.Booked(request, review.CompletedAt!.Value, windowEnd, review.CompletedAt!.Value.AddDays(1)));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>R22: an escalation for the case's unit at the given time.</summary>
    public static async Task StaffingAsync(this ReportsWorld world, Case escalated, DateTimeOffset at)
    {
        await using var db = world.Context();
        var stored = await db.Cases.SingleAsync(c => c.Id == escalated.Id);
        db.Add(AccountabilityStaffing.Escalate(stored.Id, stored.CaseworkerId, stored.UnitId, [Guid.NewGuid()], DateOnly.FromDateTime(at.AddDays(-1).DateTime), "notice-" + Guid.NewGuid().ToString("N"), at));
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<FidelityReport> FidelityAsync(this ReportsWorld world, string quarter, DateTimeOffset now)
    {
        await using var db = world.Context();
        Assert.True(ReportPeriod.TryParseQuarter(quarter, out var period));
        var query = new FidelityReportQuery(db, new TimelineLoader(db, new ReviewFacts(db)), FidelityTool.LoadEmbedded(), new FakeTimeProvider(now));
        return await query.RunAsync(world.ViewerOf(world.DirectorOfQuality), period, TestContext.Current.CancellationToken);
    }
}

using CaseCoach.Cards.Reports;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Reports;
using CaseCoach.Core.Reports.JumpChecks;
using CaseCoach.Core.Reports.Digest;
using CaseCoach.Core.Reports.Fidelity;
using CaseCoach.Core.Reviews;
using CaseCoach.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using static CaseCoach.Tests.Reports.ReportsWorld;

namespace CaseCoach.Tests.Reports;

/// <summary>
/// The monthly digest (R23-R27): the figures against hand-computed values, and the sweep in the real host with its
/// clock moved past the month's end, sending once however often it runs.
/// </summary>
public sealed class MonthlyDigestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTimeOffset AfterNovember = new(2026, 12, 1, 17, 0, 0, TimeSpan.Zero); // 12:00 in New York

    /// <summary>
    /// October: N1 with three No (6 of 9 Yes). November: N1 one No on the 5th (8/9; no coaching booked, so its feedback
    /// is late by the 19th), N2 all Yes on the 10th (9/9; no coaching needed, feedback the same day), S1 two No on the
    /// 20th (7/9; its two weeks end on 4 December, still pending). November: 24 of 27 Yes.
    /// </summary>
    private static async Task<ReportsWorld> SeededAsync()
    {
        var world = await CreateAsync();
        await world.ReviewAsync(world.N1, world.Reviewer1, NewYork(2026, 10, 5), new() { ["q1"] = Answer.No, ["q3"] = Answer.No, ["q5"] = Answer.No });
        await world.ReviewAsync(world.N1, world.Reviewer1, NewYork(2026, 11, 5), new() { ["q2"] = Answer.No });
        await world.ReviewAsync(world.N2, world.Reviewer2, NewYork(2026, 11, 10));
        await world.ReviewAsync(world.S1, world.Reviewer1, NewYork(2026, 11, 20), new() { ["q1"] = Answer.No, ["q3"] = Answer.No });
        return world;
    }

    private static async Task<MonthlyDigest> DigestAsync(ReportsWorld world, string month, DateTimeOffset? now = null)
    {
        await using var db = world.Context();
        Assert.True(ReportPeriod.TryParseMonth(month, out var period));
        var facts = new ReviewFacts(db);
        return await new MonthlyDigestQuery(db, facts, new TimelineLoader(db, facts), new OpenChecksQuery(db, InstrumentCatalog.LoadEmbedded()))
            .RunAsync(await db.Jurisdictions.SingleAsync(Ct), period, now ?? AfterNovember, Ct);
    }

    /// <summary>
    /// R26: the August 2026 flags on q1 and q2 (<see cref="JumpCheckTests.JumpWorldAsync"/>) open two checks on 2 September;
    /// q1's three second reviews are in by the 10th, q2's are not. October's digest, sent 1 November, lists q2 only.
    /// </summary>
    [Fact]
    public async Task The_digest_lists_the_checks_still_open_from_earlier_months_and_not_the_closed_ones_R26()
    {
        await using var world = await CreateAsync();
        await JumpCheckTests.JumpWorldAsync(world);
        await JumpCheckTests.SweepAsync(world, NewYork(2026, 9, 2), new RecordingNotifier());
        List<string> keys;
        await using (var db = world.Context())
        {
            var q1 = await db.Set<JumpCheck>().Where(c => c.Key == "jump:riverside:2026-08:question:q1").Select(c => c.Id).SingleAsync(Ct);
            keys = await db.Reviews.Where(r => r.JumpCheckId == q1).Select(r => r.Key).ToListAsync(Ct);
        }
        foreach (var key in keys) await world.SubmitAsync(key, NewYork(2026, 9, 10));

        var digest = await DigestAsync(world, "2026-10", new DateTimeOffset(2026, 11, 1, 16, 0, 0, TimeSpan.Zero));

        var open = Assert.Single(digest.StillOpen);
        Assert.Equal((JumpDimension.Question, "q2", 2, "2026-08"), (open.Dimension, open.QuestionId, open.QuestionNumber, open.MonthFlagged.Label));
        Assert.Equal(60, open.AgeDays); // 14:00 UTC on 2 September to 16:00 UTC on 1 November
        Assert.Equal(0, digest.OpenJumpFlags); // October itself raised no new flag
        var card = DigestView.Of(digest, "");
        Assert.Equal(1, card.OpenChecks);
        Assert.Equal(new DigestOpenCheck("Question 2", "August 2026", 60), Assert.Single(card.OpenCheckLines));
        Assert.Equal(0, card.MoreOpenChecks);
    }

    [Fact]
    public async Task Digest_figures_match_hand_computed_values_R26_R27()
    {
        await using var world = await SeededAsync();

        var digest = await DigestAsync(world, "2026-11");

        Assert.Equal(3, digest.Reviews);
        Assert.Equal(24.0 / 27, digest.YesShare!.Value, 6);
        Assert.Equal(6.0 / 9, digest.PreviousYesShare!.Value, 6);
        Assert.Equal(89 - 67, digest.YesChangePoints);
        Assert.Equal((1, 2), (digest.FeedbackWithin, digest.FeedbackMeasured)); // S1 still inside its two weeks
        Assert.False(digest.FlagsApply); // R26: the first review was in October, less than six months ago
        Assert.Equal(0, digest.OpenJumpFlags);
        Assert.Equal(0, digest.RepeatStaffings);
    }

    [Fact]
    public async Task A_month_without_reviews_has_no_shares_never_0_percent()
    {
        await using var world = await SeededAsync();

        var digest = await DigestAsync(world, "2026-09");

        Assert.Equal(0, digest.Reviews);
        Assert.False(digest.HasReviews);
        Assert.Null(digest.YesShare);
        Assert.Null(digest.FeedbackShare);
        Assert.Null(digest.YesChangePoints);
    }

    [Fact]
    public async Task The_director_of_quality_gets_the_November_digest_once_after_the_month_ends_however_often_the_sweep_runs_R26()
    {
        await using var host = await ReportsHost.StartAsync(await SeededAsync());
        using var client = host.Bot.CreateClient();

        await host.SetClockAsync(new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.FromHours(-5))); // still November in New York
        (await client.PostAsync("/api/dev/sweep", null, Ct)).EnsureSuccessStatusCode();
        Assert.Empty(await DigestRowsAsync(host.World, "digest:riverside:2026-11:"));

        await host.SetClockAsync(AfterNovember);
        (await client.PostAsync("/api/dev/sweep", null, Ct)).EnsureSuccessStatusCode();
        (await client.PostAsync("/api/dev/sweep", null, Ct)).EnsureSuccessStatusCode();
        (await client.PostAsync("/api/dev/sweep", null, Ct)).EnsureSuccessStatusCode();

        var row = Assert.Single(await DigestRowsAsync(host.World, "digest:riverside:2026-11:"));
        Assert.Equal($"digest:riverside:2026-11:teams:{host.World.DirectorOfQuality.AadObjectId}", row.IdempotencyKey);
        var payload = row.Payload;
        Assert.Contains("Monthly digest: Riverside County, November 2026", payload, StringComparison.Ordinal);
        Assert.Contains("\"Reviews completed\"", payload, StringComparison.Ordinal);
        Assert.Contains("89%", payload, StringComparison.Ordinal);
        Assert.Contains("The Yes share rose 22 points from October 2026.", payload, StringComparison.Ordinal);
        Assert.Contains("50% (1 of 2 reviews)", payload, StringComparison.Ordinal);
        Assert.Contains("Jumps are flagged once the jurisdiction has six months of reviews.", payload, StringComparison.Ordinal);
        Assert.Contains("Your monthly CaseCoach digest", payload, StringComparison.Ordinal); // the email twin, for when Teams cannot reach them
        Assert.DoesNotContain("Family", payload, StringComparison.Ordinal); // no case names
        Assert.DoesNotContain("RC-", payload, StringComparison.Ordinal);
        var others = await DigestRowsAsync(host.World, "digest:");
        Assert.All(others, o => Assert.EndsWith($":teams:{host.World.DirectorOfQuality.AadObjectId}", o.IdempotencyKey)); // directors only
    }

    private static async Task<List<Core.Outbox.OutboxMessage>> DigestRowsAsync(ReportsWorld world, string prefix)
    {
        await using var db = world.Context();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.IdempotencyKey.StartsWith(prefix)).ToListAsync(Ct);
    }
}

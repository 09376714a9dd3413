using CaseCoach.Bot.Plugins.Reviews;
using CaseCoach.Cards.Text;
using CaseCoach.Cards.Reviews;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Reports;
using CaseCoach.Core.Reports.JumpChecks;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Reviews.Calibration;
using CaseCoach.Tests.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static CaseCoach.Tests.Reports.ReportsWorld;

namespace CaseCoach.Tests.Reports;

/// <summary>
/// R26: each jump flag opens one secondary review for a senior reviewer, on hand-built data: January 2026 starts the
/// six months; July q1 1/3 Yes -> August 3/3 (+200%) and q2 2/3 -> 3/3 (+50%) are flagged (the units rise 12.5%, not).
/// </summary>
public sealed class JumpCheckTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static async Task<CaseCoach.Core.Organisation.Person> JumpWorldAsync(ReportsWorld world, int firstMonth = 1)
    {
        await world.ReviewAsync(world.N1, world.Reviewer1, NewYork(2026, firstMonth, 10));
        await world.ReviewAsync(world.N2, world.Reviewer1, NewYork(2026, 7, 6), new() { ["q1"] = Answer.No, ["q2"] = Answer.No });
        await world.ReviewAsync(world.S1, world.Reviewer2, NewYork(2026, 7, 7), new() { ["q1"] = Answer.No });
        await world.ReviewAsync(world.N1, world.Reviewer1, NewYork(2026, 7, 8));
        foreach (var (c, d) in new[] { (world.N1, 3), (world.N2, 4), (world.S1, 5) })
            await world.ReviewAsync(c, world.Reviewer2, NewYork(2026, 8, d));
        var senior = await world.AddReviewerAsync("aad-senior", "Robin Hale");
        await using var db = world.Context();
        (await db.People.SingleAsync(p => p.Id == senior.Id, Ct)).SetReviewerStanding(new DateOnly(2020, 1, 1), senior: true);
        await db.SaveChangesAsync(Ct);
        return senior;
    }

    internal static async Task<int> SweepAsync(ReportsWorld world, DateTimeOffset now, RecordingNotifier notifier)
    {
        await using var db = world.Context();
        return await new OpenJumpChecks(db, new ReviewFacts(db), InstrumentCatalog.LoadEmbedded(), notifier, NullLogger<OpenJumpChecks>.Instance)
            .RunOnceAsync(now, Ct);
    }

    [Fact]
    public async Task Each_jump_flag_opens_one_blind_secondary_review_for_the_senior_reviewer_and_tells_them_R26()
    {
        await using var world = await CreateAsync();
        var senior = await JumpWorldAsync(world);
        var notifier = new RecordingNotifier();

        Assert.Equal(2, await SweepAsync(world, NewYork(2026, 9, 2), notifier));
        Assert.Equal(0, await SweepAsync(world, NewYork(2026, 9, 3), notifier)); // idempotent: the key names the flag

        await using var db = world.Context();
        var checks = await db.Set<JumpCheck>().OrderBy(c => c.Key).ToListAsync(Ct);
        Assert.Equal(["jump:riverside:2026-08:question:q1", "jump:riverside:2026-08:question:q2"], checks.Select(c => c.Key).ToArray());
        Assert.All(checks, c => Assert.Equal(senior.Id, c.SeniorReviewerId));
        var seconds = await db.Reviews.Where(r => r.JumpCheckId != null).ToListAsync(Ct);
        // q1 and q2: every August review answered Yes to both, three each.
        Assert.Equal(6, seconds.Count);
        Assert.All(seconds, r =>
        {
            Assert.Equal(ReviewPurpose.SecondReview, r.Purpose);
            Assert.Equal(senior.Id, r.ReviewerId);
            Assert.False(r.ReachesFrontLine); // never reaches the caseworker
            Assert.NotNull(r.SecondOfReviewId);
        });
        var notices = notifier.Sent.Cast<JumpCheckNotice>().ToList();
        Assert.Equal(2, notices.Count);
        Assert.All(notices, n => Assert.Equal("aad-senior", n.Recipient.AadObjectId));
        Assert.Equal("jump-check", notices[0].EmailTwin);

        var text = new JumpCheckNoticeText(new TextRenderer()).Render(notices.Single(n => n.Flag.QuestionId == "q1"));
        var q1 = ReportsWorld.Instrument.Find("q1")!;
        Assert.Contains($"Question 1. {q1.Text}", text, StringComparison.Ordinal);
        Assert.Contains("from 33% to 100% Yes in August 2026", text, StringComparison.Ordinal);
        Assert.Contains("3 of that month's reviews", text, StringComparison.Ordinal);
        Assert.DoesNotContain("R26", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_quarterly_report_shows_each_flags_secondary_review_open_then_closed_R26()
    {
        await using var world = await CreateAsync();
        var senior = await JumpWorldAsync(world);
        await SweepAsync(world, NewYork(2026, 9, 2), new RecordingNotifier());

        var report = await world.QuarterlyAsync("2026Q3");
        var q1 = report.CheckOf(report.Flags.Single(f => f.QuestionId == "q1"))!;
        Assert.Equal((3, 0, false, "Robin Hale"), (q1.Reviews, q1.Submitted, q1.IsClosed, q1.SeniorReviewerName));

        List<string> keys;
        await using (var db = world.Context())
        {
            var checkId = await db.Set<JumpCheck>().Where(c => c.Key == "jump:riverside:2026-08:question:q1").Select(c => c.Id).SingleAsync(Ct);
            keys = await db.Reviews.Where(r => r.JumpCheckId == checkId).Select(r => r.Key).ToListAsync(Ct);
        }
        foreach (var key in keys) await world.SubmitAsync(key, NewYork(2026, 9, 10));

        report = await world.QuarterlyAsync("2026Q3");
        Assert.True(report.CheckOf(report.Flags.Single(f => f.QuestionId == "q1"))!.IsClosed);
        Assert.False(report.CheckOf(report.Flags.Single(f => f.QuestionId == "q2"))!.IsClosed);
        // The regular figures and the interrater report leave these second reviews out.
        Assert.Equal(6, report.Facts.Reviews); // July 3 + August 3 regular reviews
        Assert.Empty((await world.InterraterAsync("2026Q3")).NewReviewers);
        _ = senior;
    }

    [Fact]
    public async Task Before_six_months_of_reviews_a_jump_opens_nothing_R26()
    {
        await using var world = await CreateAsync();
        await JumpWorldAsync(world, firstMonth: 3); // March 2026 first: flags only from September
        var notifier = new RecordingNotifier();

        Assert.Equal(0, await SweepAsync(world, NewYork(2026, 9, 2), notifier));
        await using var db = world.Context();
        Assert.Equal(0, await db.Set<JumpCheck>().CountAsync(Ct));
        Assert.Equal(0, await db.Reviews.CountAsync(r => r.Purpose == ReviewPurpose.SecondReview, Ct));
        Assert.Empty(notifier.Sent);
    }

    [Fact]
    public async Task A_month_still_under_way_opens_nothing_until_it_is_over_R26()
    {
        await using var world = await CreateAsync();
        await JumpWorldAsync(world);
        var notifier = new RecordingNotifier();

        Assert.Equal(0, await SweepAsync(world, NewYork(2026, 8, 20), notifier));
        Assert.Equal(2, await SweepAsync(world, NewYork(2026, 9, 1), notifier));
    }

    [Fact]
    public async Task The_quarterly_page_shows_the_secondary_review_beside_each_flag_in_words_R26()
    {
        var world = await CreateAsync();
        await JumpWorldAsync(world);
        await SweepAsync(world, NewYork(2026, 9, 2), new RecordingNotifier());
        await using var host = await ReportsHost.StartAsync(world);
        var client = await host.SignedInAsAsync(world.DirectorOfQuality);

        var (status, html) = await ReportsHost.GetAsync(client, "/reports/quarterly?jurisdiction=riverside&quarter=2026Q3");

        Assert.Equal(System.Net.HttpStatusCode.OK, status);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(html, "Secondary review: open, 0 of 3 second reviews in \\(Robin Hale\\)").Count);
        Assert.DoesNotContain("R26", System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", ""), StringComparison.Ordinal);
    }
}

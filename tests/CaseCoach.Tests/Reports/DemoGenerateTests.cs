using System.Net;
using CaseCoach.Bot.Cli.Demo;
using CaseCoach.Bot.Demo;
using CaseCoach.Core.Application;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation.Setup;
using CaseCoach.Tests.Hosting;
using CaseCoach.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseCoach.Tests.Reports;

/// <summary>`demo generate`: seeded and reproducible, bounded, refuses a second run, and the dashboard has figures after it.</summary>
public sealed class DemoGenerateTests
{
    private static readonly DateOnly Until = new(2026, 12, 1);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A migrated file with the demo jurisdiction applied as the bot applies configuration.</summary>
    private static async Task<TestDatabase> AgencyAsync()
    {
        var database = await TestDatabase.CreateMigratedAsync(Ct);
        await using var db = database.CreateContext();
        await new ApplyJurisdictionSettings(db).HandleAsync([new JurisdictionSettings
        {
            Key = "riverside", Name = "Riverside County", TimeZone = "America/New_York", Instrument = InstrumentCatalog.SustainablePermanency,
            Units = ["North Unit", "South Unit"],
        }], Ct);
        return database;
    }

    private static async Task<Result<DemoGenerated>> GenerateAsync(TestDatabase database, int quarters = 4, int seed = 13)
    {
        await using var db = database.CreateContext();
        return await new DemoGenerator(db, InstrumentCatalog.LoadEmbedded(), new DemoDataSeeder(db, NullLogger<DemoDataSeeder>.Instance))
            .HandleAsync(new DemoGenerateCommand(quarters, seed, Until), Ct);
    }

    /// <summary>Everything generated, by content (ids differ between databases).</summary>
    private static async Task<string> FingerprintAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var reviews = await db.Reviews.Include(r => r.Answers).Include(r => r.Case).OrderBy(r => r.CompletedAt).ThenBy(r => r.Case.ExternalCaseId).ToListAsync(Ct);
        var lines = reviews.Select(r => $"{r.Case.ExternalCaseId} {r.ReviewerId} {r.CompletedAt:O} {r.Decision} " +
            string.Concat(r.Answers.OrderBy(a => a.QuestionId).Select(a => a.Value?.ToString()[0] ?? '-')));
        var sessions = (await db.Set<Core.Coaching.CoachingSession>().ToListAsync(Ct)).Select(s => s.ScheduledStart).Order().Select(s => $"session {s:O}");
        var staffings = (await db.Set<Core.ActionItems.AccountabilityStaffing>().ToListAsync(Ct)).Select(s => s.EscalatedAt).Order().Select(s => $"staffing {s:O}");
        return string.Join("\n", lines.Concat(sessions).Concat(staffings));
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_data_and_another_seed_other_data()
    {
        await using var first = await AgencyAsync();
        await using var second = await AgencyAsync();
        await using var third = await AgencyAsync();
        var done = (await GenerateAsync(first)).Value!;
        await GenerateAsync(second);
        await GenerateAsync(third, seed: 14);

        Assert.InRange(done.Reviews, 40, 200);
        Assert.True(done.Sessions > 0 && done.Items > 0 && done.Staffings > 0, "sessions, items and staffings are generated too");
        Assert.Equal(("2026Q1", "2026Q4"), (done.From.Label, done.To.Label));
        var fingerprint = await FingerprintAsync(first);
        Assert.Equal(fingerprint, await FingerprintAsync(second));
        Assert.NotEqual(fingerprint, await FingerprintAsync(third));
    }

    [Fact]
    public async Task A_second_run_is_refused_and_changes_nothing()
    {
        await using var database = await AgencyAsync();
        await GenerateAsync(database);
        var before = await FingerprintAsync(database);

        var again = await GenerateAsync(database);

        Assert.Equal(RefusalCode.AlreadyDone, again.Refusal?.Code);
        Assert.Equal(before, await FingerprintAsync(database));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    [InlineData(-4)]
    public async Task Quarters_outside_1_to_8_are_refused_and_nothing_is_written(int quarters)
    {
        await using var database = await AgencyAsync();
        var result = await GenerateAsync(database, quarters);
        Assert.Equal(("demo-quarters-out-of-range", "--quarters"), (result.Refusal?.Reason, result.Refusal?.Field));
        await using var db = database.CreateContext();
        Assert.False(await db.Cases.AnyAsync(Ct));
    }

    [Fact]
    public async Task After_generating_the_director_of_quality_sees_figures_in_the_quarterly_report()
    {
        var database = await AgencyAsync();
        Assert.True((await GenerateAsync(database)).IsDone);
        await using var bot = new BotApplication(new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" }, database: database);
        var client = bot.CreateClient();
        (await client.GetAsync($"/dev/sign-in?as={DemoPeople.DirectorOfQuality}", Ct)).EnsureSuccessStatusCode();

        using var response = await client.GetAsync("/reports/quarterly?jurisdiction=riverside&quarter=2026Q4", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches(@"\d+ completed reviews;", body);
        Assert.Contains("<th>South Unit</th>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("No reviews in this period", body, StringComparison.Ordinal);
        var (_, fidelity) = await ReportsHost.GetAsync(client, "/reports/fidelity?jurisdiction=riverside&quarter=2026Q4");
        Assert.Contains("Feedback reached the front line within 2 weeks for", fidelity, StringComparison.Ordinal);
        var (_, interrater) = await ReportsHost.GetAsync(client, "/reports/interrater?jurisdiction=riverside&quarter=2026Q4");
        Assert.Contains("Strengths: where the team agrees most", interrater, StringComparison.Ordinal);
        Assert.Contains("New reviewers against a senior reviewer", (await ReportsHost.GetAsync(client, "/reports/interrater?jurisdiction=riverside&quarter=2026Q3")).Body
            + (await ReportsHost.GetAsync(client, "/reports/interrater?jurisdiction=riverside&quarter=2026Q2")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generating_fills_a_calibration_round_a_quarter_and_second_reviews_that_stay_out_of_the_regular_figures_R25()
    {
        await using var database = await AgencyAsync();
        var done = (await GenerateAsync(database)).Value!;
        Assert.Equal(4, done.CalibrationRounds);
        Assert.InRange(done.SecondReviews, 1, 20);
        await using var db = database.CreateContext();
        Assert.Equal(done.Reviews, await db.Reviews.CountAsync(r => r.Purpose == Core.Reviews.ReviewPurpose.Regular, Ct));
        Assert.Equal(4 * 3 * 2, await db.Reviews.CountAsync(r => r.Purpose == Core.Reviews.ReviewPurpose.Calibration && r.CompletedAt != null, Ct));
        Assert.Equal(done.SecondReviews, await db.Reviews.CountAsync(r => r.Purpose == Core.Reviews.ReviewPurpose.SecondReview && r.CompletedAt != null, Ct));
    }
}

using CaseCoach.Core.Cases;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Reviews.Calibration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.Reviews;

/// <summary>R25 through the running bot: calibration rounds and second reviews never reach the front line.</summary>
public sealed class CalibrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<Result> StartRoundAsync(ReviewWorld world, params string[] cases) => world.InScopeAsync(async s =>
    {
        var result = await s.GetRequiredService<StartCalibrationRound>().HandleAsync(
            new StartCalibrationRoundCommand(world.QaSupervisor.AadObjectId, "riverside", "2026Q4", cases, DateTimeOffset.UtcNow), Ct);
        return new Result(result.Refusal?.Reason, result.Value?.Reviews ?? 0);
    });

    private static string[] Emails(ReviewWorld world) =>
        Directory.Exists(world.Channel.Bot.OutboxFolder) ? [.. Directory.GetFiles(world.Channel.Bot.OutboxFolder, "*.eml").Select(Path.GetFileName).OfType<string>()
            .Where(n => !n.StartsWith("review-assigned-", StringComparison.Ordinal)).Order()] : [];

    /// <summary>Outbox rows, less the intake sweep's assignment of RC-1003's regular review to a reviewer (not the front line).</summary>
    private static Task<int> RowsAsync(ReviewWorld world) =>
        world.InDbAsync(db => db.OutboxMessages.CountAsync(m => !m.IdempotencyKey.StartsWith("review-assigned:"), Ct));

    private sealed record Result(string? Refusal, int Reviews);

    private static Task AddThirdCaseAsync(ReviewWorld world) => world.InDbAsync(async db =>
    {
        var first = await db.Cases.Include(c => c.Unit).Include(c => c.Caseworker).Include(c => c.Supervisor).SingleAsync(c => c.ExternalCaseId == "RC-1001", Ct);
        db.Cases.Add(Case.Open("RC-1003", "Ford family", first.Unit, first.Caseworker, first.Supervisor!, ReviewWorld.CaseOpenedOn));
        return await db.SaveChangesAsync(Ct);
    });

    [Fact]
    public async Task A_calibration_round_gives_every_reviewer_each_case_and_sends_nothing_to_the_front_line_R25()
    {
        await using var world = await ReviewWorld.StartAsync(tentativeHold: true);
        await world.InstallAsync(world.QaSupervisor, world.Caseworker, world.Supervisor);
        await world.Channel.SweepAsync();
        await AddThirdCaseAsync(world);
        var before = world.Channel.Connector.Requests.Count;
        var rows = await RowsAsync(world);
        var emails = Emails(world);

        Assert.Equal(new Result(null, 6), await StartRoundAsync(world, "RC-1001", "RC-1002", "RC-1003"));
        var keys = await world.InDbAsync(db => db.Reviews.Where(r => r.Purpose == ReviewPurpose.Calibration)
            .Select(r => new { r.Key, r.Reviewer.AadObjectId }).ToListAsync(Ct));
        Assert.Equal(3, keys.Count(k => k.AadObjectId == world.Reviewer.AadObjectId));
        Assert.Equal(3, keys.Count(k => k.AadObjectId == world.SecondReviewer.AadObjectId));

        foreach (var k in keys)
        {
            var who = k.AadObjectId == world.Reviewer.AadObjectId ? world.Reviewer : world.SecondReviewer;
            await world.InvokeAsync(who, "review.start", Survey.Id(k.Key));
            await world.InvokeAsync(who, "review.submit", Survey.Filled(k.Key, ("q2", "no", "Two contacts in 90 days")));
        }
        // The QA supervisor cannot decide one either (no debrief, so no coaching or "no coaching needed" email).
        var decided = await world.InvokeAsync(world.QaSupervisor, "review.confirmDecision", Survey.Id(keys[0].Key));
        await world.Channel.SweepAsync();

        Assert.NotEqual(200, Survey.Status(decided));
        Assert.Equal(before, world.Channel.Connector.Requests.Count);
        Assert.Equal(emails, Emails(world));
        Assert.Equal(rows, await RowsAsync(world));
        Assert.Equal(0, await world.InDbAsync(db => db.CoachingNeededEvents.CountAsync(Ct)));
        Assert.Equal(0, await world.InDbAsync(db => db.Set<Core.Coaching.CoachingHold>().CountAsync(Ct)));
        Assert.All(await world.InDbAsync(db => db.Reviews.Where(r => r.Purpose == ReviewPurpose.Calibration).ToListAsync(Ct)),
            r => Assert.Equal((ReviewStatus.Submitted, (ReviewDecision?)null), (r.Status, r.Decision)));
    }

    [Theory]
    [InlineData(new[] { "RC-1001", "RC-1002" }, "calibration-case-count")]
    [InlineData(new[] { "RC-1001", "RC-1002", "RC-1001" }, "calibration-case-repeated")]
    [InlineData(new[] { "RC-1001", "RC-1002", "RC-9999" }, "calibration-case-unknown")]
    public async Task A_round_needs_three_to_five_distinct_cases_of_the_jurisdiction_and_changes_nothing_otherwise_R25(string[] cases, string reason)
    {
        await using var world = await ReviewWorld.StartAsync();
        await AddThirdCaseAsync(world);

        Assert.Equal(new Result(reason, 0), await StartRoundAsync(world, cases));
        Assert.Equal(0, await world.InDbAsync(db => db.Reviews.CountAsync(Ct)));
        Assert.Equal(0, await world.InDbAsync(db => db.Set<CalibrationRound>().CountAsync(Ct)));
    }

    [Fact]
    public async Task A_new_reviewers_tenth_review_goes_blind_to_a_senior_reviewer_and_the_second_review_reaches_no_one_R25()
    {
        await using var world = await ReviewWorld.StartAsync();
        await world.InstallAsync(world.QaSupervisor, world.Caseworker, world.Supervisor);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await world.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<CaseCoachDbContext>();
            var instrument = s.GetRequiredService<InstrumentCatalog>().Get(InstrumentCatalog.SustainablePermanency);
            var people = await db.People.ToListAsync(Ct);
            var newcomer = people.Single(p => p.AadObjectId == world.Reviewer.AadObjectId);
            newcomer.SetReviewerStanding(today.AddMonths(-1), senior: false);
            people.Single(p => p.AadObjectId == world.SecondReviewer.AadObjectId).SetReviewerStanding(new DateOnly(2019, 1, 1), senior: true);
            var reviewed = await db.Cases.SingleAsync(c => c.ExternalCaseId == "RC-1002", Ct);
            var jurisdiction = await db.Jurisdictions.SingleAsync(Ct);
            for (var i = 1; i <= 8; i++)
            {
                var done = Review.Schedule(reviewed, newcomer, jurisdiction, instrument, new DateOnly(2026, 1, i));
                db.Reviews.Add(done);
                done.Start(newcomer, instrument, DateTimeOffset.UtcNow);
                Assert.True(done.Submit(newcomer, instrument, new SurveyEntry(instrument.Questions.ToDictionary(q => q.Id, _ => new EnteredAnswer("yes", "")), "Strengths.", ""), DateTimeOffset.UtcNow).IsValid);
            }
            return await db.SaveChangesAsync(Ct);
        });
        var ninthKey = await world.AssignReviewAsync(dueOn: new DateOnly(2026, 11, 30));
        var tenthKey = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(ninthKey));
        Assert.Equal(0, await world.InDbAsync(db => db.Reviews.CountAsync(r => r.Purpose == ReviewPurpose.SecondReview, Ct)));

        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(tenthKey, ("q2", "no", "Two contacts in 90 days")));
        var second = await world.InDbAsync(db => db.Reviews.Include(r => r.Reviewer).SingleAsync(r => r.Purpose == ReviewPurpose.SecondReview, Ct));
        var tenth = await world.LoadReviewAsync(tenthKey);
        Assert.Equal((tenth.Id, world.SecondReviewer.AadObjectId, tenth.CaseId), (second.SecondOfReviewId, second.Reviewer.AadObjectId, second.CaseId));

        // Blind: the senior reviewer's survey starts empty and shows nothing of the new reviewer's answers.
        await world.Channel.SweepAsync();
        var before = world.Channel.Connector.Requests.Count;
        var rows = await world.InDbAsync(db => db.OutboxMessages.CountAsync(Ct));
        var survey = await world.InvokeAsync(world.SecondReviewer, "review.start", Survey.Id(second.Key));
        Assert.DoesNotContain("Two contacts in 90 days", survey.GetRawText(), StringComparison.Ordinal);
        await world.InvokeAsync(world.SecondReviewer, "review.submit", Survey.Filled(second.Key));
        await world.Channel.SweepAsync();
        Assert.Equal(before, world.Channel.Connector.Requests.Count);
        Assert.Equal(rows, await world.InDbAsync(db => db.OutboxMessages.CountAsync(Ct)));
        Assert.Equal(ReviewStatus.Submitted, (await world.LoadReviewAsync(second.Key)).Status);
    }
}

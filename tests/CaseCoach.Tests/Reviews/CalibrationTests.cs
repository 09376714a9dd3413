using CaseCoach.Core.Cases;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Reviews.Calibration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CaseCoach.Tests.Hosting;

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
            .Where(n => !n.StartsWith("review-assigned-", StringComparison.Ordinal) && !n.StartsWith(BlindReviewAssigned.CauseName, StringComparison.Ordinal)).Order()] : [];

    /// <summary>Outbox rows, less the intake sweep's assignment of RC-1003's regular review to a reviewer (not the front line).</summary>
    private static Task<int> RowsAsync(ReviewWorld world) =>
        world.InDbAsync(db => db.OutboxMessages.CountAsync(m => !m.IdempotencyKey.StartsWith("review-assigned:") && !m.IdempotencyKey.StartsWith(BlindReviewAssigned.CauseName + ":"), Ct));

    /// <summary>R25: the notices telling reviewers of their calibration or second reviews, by recipient.</summary>
    private static Task<List<string>> BlindNoticesAsync(ReviewWorld world) =>
        world.InDbAsync(db => db.OutboxMessages.Where(m => m.IdempotencyKey.StartsWith(BlindReviewAssigned.CauseName + ":"))
            .Select(m => m.IdempotencyKey).OrderBy(k => k).ToListAsync(Ct));

    /// <summary>What the bot said in <paramref name="person"/>'s chat after request number <paramref name="after"/>.</summary>
    private static string SaidTo(ReviewWorld world, TestPerson person, int after) => string.Join("\n", world.Channel.Connector.Requests.Skip(after)
        .Where(r => Uri.UnescapeDataString(r.Path).Contains(person.ConversationId, StringComparison.Ordinal)).Select(r => r.Body?.ToString() ?? ""));

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
        // Only the two reviewers are told (one notice each, with its email twin); the front line hears nothing.
        Assert.Equal(2, (await BlindNoticesAsync(world)).Count);
        Assert.All(world.Channel.Connector.Requests.Skip(before), r => Assert.DoesNotContain(Uri.UnescapeDataString(r.Path),
            new[] { world.Caseworker.ConversationId, world.Supervisor.ConversationId, world.QaSupervisor.ConversationId }));
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
        // The senior reviewer is told of it (Teams notice with its email twin), and no one else.
        Assert.Equal([$"{BlindReviewAssigned.CauseName}:{second.Key}:teams:{world.SecondReviewer.AadObjectId}"], await BlindNoticesAsync(world));

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

    [Fact]
    public async Task A_QA_supervisor_starts_a_round_from_Teams_and_each_reviewer_is_told_R25()
    {
        await using var world = await ReviewWorld.StartAsync();
        await world.InstallAsync(world.QaSupervisor, world.Reviewer, world.SecondReviewer);
        await AddThirdCaseAsync(world);
        var before = world.Channel.Connector.Requests.Count;

        using (var _ = await world.Channel.SendAsync(world.Channel.Activities.Message(world.QaSupervisor, "Calibration start RC-1001, RC-1002,RC-1003"))) { }
        await world.Channel.SweepAsync();

        Assert.Contains("The calibration round for", SaidTo(world, world.QaSupervisor, before), StringComparison.Ordinal);
        Assert.Equal(6, await world.InDbAsync(db => db.Reviews.CountAsync(r => r.Purpose == ReviewPurpose.Calibration, Ct)));
        var round = await world.InDbAsync(db => db.Set<CalibrationRound>().SingleAsync(Ct));
        Assert.Equal(world.QaSupervisor.AadObjectId, round.StartedBy); // identity from the activity
        Assert.Equal(2, (await BlindNoticesAsync(world)).Count);
        foreach (var reviewer in new[] { world.Reviewer, world.SecondReviewer })
            Assert.Contains("you have 3 case reviews to do", SaidTo(world, reviewer, before), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reviewer", "calibration start RC-1001, RC-1002, RC-1003", "Only a quality review supervisor")]
    [InlineData("qa", "calibration start RC-1001", "needs 3 to 5 case numbers")]
    [InlineData("qa", "calibration start RC-1001, RC-1002, RC-1001", "there twice")]
    [InlineData("qa", "calibration start RC-1001, RC-1002, RC-9999", "a case of your jurisdiction")]
    public async Task Starting_a_round_from_Teams_is_refused_in_words_and_changes_nothing_R25(string who, string text, string said)
    {
        await using var world = await ReviewWorld.StartAsync();
        var person = who == "qa" ? world.QaSupervisor : world.Reviewer;
        await world.InstallAsync(person);
        await AddThirdCaseAsync(world);
        var before = world.Channel.Connector.Requests.Count;

        using (var _ = await world.Channel.SendAsync(world.Channel.Activities.Message(person, text))) { }
        await world.Channel.SweepAsync();

        var reply = SaidTo(world, person, before);
        Assert.Contains(said, reply, StringComparison.Ordinal);
        Assert.DoesNotContain("calibration-", reply, StringComparison.Ordinal);
        Assert.Equal(0, await world.InDbAsync(db => db.Set<CalibrationRound>().CountAsync(Ct)));
        Assert.Equal(0, await world.InDbAsync(db => db.Reviews.CountAsync(r => r.Purpose == ReviewPurpose.Calibration, Ct)));
        Assert.Empty(await BlindNoticesAsync(world));
    }

    [Fact]
    public async Task A_calibration_review_survey_shows_no_previous_review_while_a_regular_re_review_does_R25()
    {
        await using var world = await ReviewWorld.StartAsync();
        await AddThirdCaseAsync(world);
        var earlier = await world.AssignReviewAsync(dueOn: new DateOnly(2026, 11, 1));
        await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(earlier));
        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(earlier, ("q2", "no", "Earlier-review-comment-on-contacts")));
        Assert.Equal(new Result(null, 6), await StartRoundAsync(world, "RC-1001", "RC-1002", "RC-1003"));
        var calibration = await world.InDbAsync(db => db.Reviews.Include(r => r.Case)
            .SingleAsync(r => r.Purpose == ReviewPurpose.Calibration && r.Case.ExternalCaseId == "RC-1001" && r.Reviewer.AadObjectId == world.SecondReviewer.AadObjectId, Ct));
        var regular = await world.AssignReviewAsync(dueOn: new DateOnly(2026, 12, 20));

        var blind = (await world.InvokeAsync(world.SecondReviewer, "review.start", Survey.Id(calibration.Key))).GetRawText();
        var reReview = (await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(regular))).GetRawText();

        Assert.DoesNotContain("Earlier-review-comment-on-contacts", blind, StringComparison.Ordinal);
        Assert.DoesNotContain("last reviewed", blind, StringComparison.Ordinal);
        Assert.Null(await world.InScopeAsync(s => s.GetRequiredService<FindPreviousReview>().ForAsync(calibration, Ct)));
        Assert.Contains("Earlier-review-comment-on-contacts", reReview, StringComparison.Ordinal); // the control: R3 shows it
    }
}

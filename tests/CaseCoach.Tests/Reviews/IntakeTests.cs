using CaseCoach.Core.Cases;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Tests.Reviews;

/// <summary>Intake by priority and capacity (R1, R2) and continuity with every-Nth alternation (R3), through the real host.</summary>
public sealed class IntakeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Capacity_is_filled_highest_score_first_and_the_rest_wait_in_the_review_queue_R1()
    {
        await using var world = await ReviewWorld.StartAsync();
        await world.InDbAsync(async db =>
        {
            (await db.Jurisdictions.SingleAsync(Ct)).SetIntake(reviewerCapacity: 1, alternateReviewerEvery: 4);
            var first = await db.Cases.Include(c => c.Unit).Include(c => c.Caseworker).Include(c => c.Supervisor).FirstAsync(Ct);
            var urgent = Case.Open("RC-1003", "Brooks family", first.Unit, first.Caseworker, first.Supervisor, new DateOnly(2026, 6, 20));
            urgent.Rescore(0.97m, ["infant in home"]);
            db.Cases.Add(urgent);
            return await db.SaveChangesAsync(Ct);
        });
        await world.SetClockAsync("2026-07-05T12:00:00Z");

        await world.Channel.SweepAsync();

        var assigned = await world.InDbAsync(db => db.Reviews.Select(r => r.Case.ExternalCaseId).OrderBy(id => id).ToListAsync(Ct));
        Assert.Equal(["RC-1001", "RC-1003"], assigned); // two reviewers, one each; 0.55 waits
        using var _ = await world.Channel.SendAsync(world.Channel.Activities.Message(world.QaSupervisor, "review queue"));
        await world.Channel.SweepAsync();
        var card = world.Channel.Connector.Requests.Last().Body!.Value.GetProperty("attachments")[0].GetProperty("content");
        Assert.Contains(Survey.Texts(card), t => t == "Okafor family (RC-1002)");
        Assert.Contains(Survey.Texts(card), t => t.Contains("score 0.55", StringComparison.Ordinal) && t.Contains("First review", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_review_queue_is_for_the_QA_supervisor_only()
    {
        await using var world = await ReviewWorld.StartAsync();

        using var _ = await world.Channel.SendAsync(world.Channel.Activities.Message(world.Reviewer, "review queue"));
        await world.Channel.SweepAsync();

        Assert.Contains("quality review supervisor", Assert.Single(world.Channel.Connector.Requests).BodyString("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_high_score_case_imported_in_its_first_month_is_assigned_that_day_R1_R2()
    {
        await using var world = await ReviewWorld.StartAsync();
        await world.SetClockAsync("2026-06-10T12:00:00Z"); // RC-1001 opened 2026-06-01

        await world.Channel.SweepAsync();

        var review = await world.InDbAsync(db => db.Reviews.SingleAsync(r => r.Case.ExternalCaseId == "RC-1001", Ct));
        Assert.Equal(new DateOnly(2026, 12, 1), review.DueOn);
        Assert.Equal(ReviewStatus.Assigned, review.Status);
    }

    [Fact]
    public async Task A_case_opened_two_years_before_import_gets_exactly_one_review_due_14_days_out_R2()
    {
        await using var world = await ReviewWorld.StartAsync();
        await world.SetClockAsync("2028-06-01T12:00:00Z");

        await world.Channel.SweepAsync();
        await world.Channel.SweepAsync();

        var reviews = await world.InDbAsync(db => db.Reviews.Where(r => r.Case.ExternalCaseId == "RC-1001").ToListAsync(Ct));
        Assert.Equal(new DateOnly(2028, 6, 15), Assert.Single(reviews).DueOn);
    }

    [Fact]
    public async Task Every_Nth_re_review_goes_to_another_reviewer_the_others_stay_with_the_same_one_R3()
    {
        await using var world = await ReviewWorld.StartAsync();
        await world.InDbAsync(async db =>
        {
            (await db.Jurisdictions.SingleAsync(Ct)).SetIntake(reviewerCapacity: 10, alternateReviewerEvery: 2);
            (await db.Cases.SingleAsync(c => c.ExternalCaseId == "RC-1002", Ct)).Close();
            return await db.SaveChangesAsync(Ct);
        });

        var reviewers = new List<string>();
        foreach (var now in new[] { "2026-07-05T12:00:00Z", "2026-09-10T12:00:00Z", "2026-12-10T12:00:00Z" })
        {
            await world.SetClockAsync(now);
            await world.Channel.SweepAsync();
            var open = await world.InDbAsync(db => db.Reviews.Include(r => r.Reviewer).SingleAsync(r => r.Status == ReviewStatus.Assigned, Ct));
            reviewers.Add(open.Reviewer.AadObjectId);
            var who = open.Reviewer.AadObjectId == world.Reviewer.AadObjectId ? world.Reviewer : world.SecondReviewer;
            await world.InvokeAsync(who, "review.submit", Survey.Filled(open.Key)); // completed the same day
        }

        // Review 1, then re-review 1 (continuity), then re-review 2 (every 2nd alternates).
        Assert.Equal([world.Reviewer.AadObjectId, world.Reviewer.AadObjectId, world.SecondReviewer.AadObjectId], reviewers);
    }
}

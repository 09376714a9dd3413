using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Tests.Reviews;

/// <summary>`my reviews` in chat and the sweep that assigns due reviews (R1, R2, R3), through the real host.</summary>
public sealed class MyReviewsAndSchedulingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task My_reviews_lists_the_reviewers_open_reviews_by_score_with_a_Start_button_R1()
    {
        await using var world = await ReviewWorld.StartAsync();
        var lowScore = await world.AssignReviewAsync(externalCaseId: "RC-1002");
        var highScore = await world.AssignReviewAsync(externalCaseId: "RC-1001");
        await world.AssignReviewAsync(world.SecondReviewer, "RC-1001", new DateOnly(2027, 3, 1));

        using var _ = await world.Channel.SendAsync(world.Channel.Activities.Message(world.Reviewer, "my reviews"));
        await world.Channel.SweepAsync();

        var card = Assert.Single(world.Channel.Connector.Requests).Body!.Value.GetProperty("attachments")[0].GetProperty("content");
        var starts = Survey.Elements(card).Where(e => e.TryGetProperty("verb", out var v) && v.GetString() == "review.start")
            .Select(e => e.GetProperty("data").GetProperty("reviewId").GetString()).ToList();
        Assert.Equal([highScore, lowScore], starts);
        Assert.Contains(Survey.Texts(card), t => t == "Rivera family (RC-1001)");
    }

    [Fact]
    public async Task My_reviews_for_someone_unknown_says_so_without_listing_anything()
    {
        await using var world = await ReviewWorld.StartAsync();
        await world.AssignReviewAsync();

        using var _ = await world.Channel.SendAsync(world.Channel.Activities.Message(world.Stranger, "my reviews"));
        await world.Channel.SweepAsync();

        Assert.Contains("don't have you", Assert.Single(world.Channel.Connector.Requests).BodyString("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sweep_assigns_every_listed_case_its_first_review_at_once_and_tells_the_reviewer_R1_R2()
    {
        await using var world = await ReviewWorld.StartAsync();
        await world.InstallAsync(world.Reviewer, world.SecondReviewer);
        await world.SetClockAsync("2026-07-05T12:00:00Z"); // months before either 6-month mark: eligible on listing (R1)

        await world.Channel.SweepAsync();
        await world.Channel.SweepAsync(); // a second run assigns nothing more

        var reviews = await world.InDbAsync(db => db.Reviews.Include(r => r.Case).OrderByDescending(r => r.Case.Score).ToListAsync(Ct));
        Assert.Equal(["RC-1001", "RC-1002"], reviews.Select(r => r.Case.ExternalCaseId));
        Assert.Equal([new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 1)], reviews.Select(r => r.DueOn));
        Assert.All(reviews, r => Assert.Equal(ReviewStatus.Assigned, r.Status));
        var assigned = world.Channel.Connector.Requests.Last();
        Assert.Contains(Uri.EscapeDataString("a:personal-"), assigned.Path, StringComparison.Ordinal);
        Assert.Contains(reviews[1].Key, assigned.Body!.Value.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, await world.InDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "review.scheduled" && a.Actor == "system", Ct)));
    }

    [Fact]
    public async Task The_next_review_is_due_3_months_after_completion_and_stays_with_the_same_reviewer_R2_R3()
    {
        await using var world = await ReviewWorld.StartAsync();
        var first = await world.AssignReviewAsync(world.Reviewer, "RC-1001", new DateOnly(2026, 12, 1));
        await world.SetClockAsync("2026-11-20T15:00:00Z");
        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(first));
        await world.SetClockAsync("2027-01-25T12:00:00Z"); // 30 days before 2027-02-20 (Reviews:AssignDaysBeforeDue)

        await world.Channel.SweepAsync();

        var next = await world.InDbAsync(db => db.Reviews.Include(r => r.Reviewer).Include(r => r.Case)
            .SingleAsync(r => r.Case.ExternalCaseId == "RC-1001" && r.Key != first, Ct));
        Assert.Equal(new DateOnly(2027, 2, 20), next.DueOn);
        Assert.Equal(world.Reviewer.AadObjectId, next.Reviewer.AadObjectId);
    }

    [Fact]
    public async Task A_closed_case_gets_no_further_reviews_R2()
    {
        await using var world = await ReviewWorld.StartAsync();
        await world.InDbAsync(async db =>
        {
            foreach (var c in await db.Cases.ToListAsync(Ct)) c.Close();
            return await db.SaveChangesAsync(Ct);
        });
        await world.SetClockAsync("2027-02-10T12:00:00Z");

        await world.Channel.SweepAsync();

        Assert.Equal(0, await world.InDbAsync(db => db.Reviews.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_goal_change_stops_the_reviews_due_after_it_R2()
    {
        await using var world = await ReviewWorld.StartAsync();
        await world.InDbAsync(async db =>
        {
            (await db.Cases.SingleAsync(c => c.ExternalCaseId == "RC-1001", Ct)).RecordGoalChange(new DateOnly(2026, 11, 1));
            return await db.SaveChangesAsync(Ct);
        });
        await world.SetClockAsync("2027-02-10T12:00:00Z");

        await world.Channel.SweepAsync();

        Assert.DoesNotContain("RC-1001", await world.InDbAsync(db => db.Reviews.Select(r => r.Case.ExternalCaseId).ToListAsync(Ct)));
    }

    [Fact]
    public async Task A_removal_stops_safety_reviews_due_after_it_R2()
    {
        await using var world = await ReviewWorld.StartAsync();
        await world.InDbAsync(async db =>
        {
            (await db.Jurisdictions.SingleAsync(Ct)).UseInstrument("rapid-safety-feedback");
            (await db.Cases.SingleAsync(c => c.ExternalCaseId == "RC-1002", Ct)).RecordRemoval(new DateOnly(2026, 11, 1));
            return await db.SaveChangesAsync(Ct);
        });
        await world.SetClockAsync("2026-12-05T12:00:00Z"); // RC-1001's child is over 3, RC-1002's children were removed

        await world.Channel.SweepAsync();

        Assert.Equal(0, await world.InDbAsync(db => db.Reviews.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_jurisdiction_on_Rapid_Safety_Feedback_stops_reviewing_once_the_youngest_child_is_3_R2_R4()
    {
        await using var world = await ReviewWorld.StartAsync();
        await world.InDbAsync(async db =>
        {
            (await db.Jurisdictions.SingleAsync(Ct)).UseInstrument("rapid-safety-feedback");
            return await db.SaveChangesAsync(Ct);
        });
        await world.SetClockAsync("2026-12-05T12:00:00Z"); // RC-1001 (child born 2021) due 2026-12-01; RC-1002 (no child) 2027-01-01

        await world.Channel.SweepAsync();

        var review = Assert.Single(await world.InDbAsync(db => db.Reviews.Include(r => r.Case).ToListAsync(Ct)));
        Assert.Equal("RC-1002", review.Case.ExternalCaseId);
        Assert.Equal("rapid-safety-feedback", review.InstrumentKey);
    }
}

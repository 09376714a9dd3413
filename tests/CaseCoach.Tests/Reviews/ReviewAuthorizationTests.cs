using System.Text.Json.Nodes;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Tests.Reviews;

/// <summary>Identity comes from the activity's aadObjectId; card data names things and is re-authorised. Refusals change nothing.</summary>
public sealed class ReviewAuthorizationTests
{
    [Theory]
    [InlineData("review.start")]
    [InlineData("review.saveDraft")]
    [InlineData("review.submit")]
    public async Task Another_reviewer_is_refused_with_a_clear_message_and_nothing_changes(string verb)
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();

        var response = await world.InvokeAsync(world.SecondReviewer, verb, Survey.Filled(reviewId));
        await world.Channel.SweepAsync();

        Assert.Equal(404, Survey.Status(response));
        Assert.Contains("couldn't find that review among the ones you can work on", Survey.ErrorMessage(response), StringComparison.Ordinal);
        await AssertUntouchedAsync(world, reviewId);
    }

    [Fact]
    public async Task Someone_not_in_CaseCoach_is_refused_with_403()
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();

        var response = await world.InvokeAsync(world.Stranger, "review.submit", Survey.Filled(reviewId));

        Assert.Equal(403, Survey.Status(response));
        Assert.Contains("not set up in CaseCoach", Survey.ErrorMessage(response), StringComparison.Ordinal);
        await AssertUntouchedAsync(world, reviewId);
    }

    [Fact]
    public async Task Card_data_naming_the_assigned_reviewer_does_not_make_someone_else_the_reviewer()
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();
        var forged = Survey.Filled(reviewId);
        forged["aadObjectId"] = world.Reviewer.AadObjectId;
        forged["from"] = new JsonObject { ["aadObjectId"] = world.Reviewer.AadObjectId };

        var response = await world.InvokeAsync(world.Caseworker, "review.submit", forged);

        Assert.Equal(404, Survey.Status(response));
        await AssertUntouchedAsync(world, reviewId);
    }

    [Theory]
    [InlineData("00000000000000000000000000000000")]
    [InlineData("")]
    [InlineData("' OR 1=1 --")]
    public async Task A_forged_review_id_is_refused_with_404(string forgedId)
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();

        var response = await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(forgedId));

        Assert.Equal(404, Survey.Status(response));
        await AssertUntouchedAsync(world, reviewId);
    }

    [Fact]
    public async Task A_forged_verb_is_refused_with_400_and_changes_nothing()
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();

        var response = await world.InvokeAsync(world.Reviewer, "review.approveEverything", Survey.Filled(reviewId));

        Assert.Equal(400, Survey.Status(response));
        Assert.Contains("no longer supported", Survey.ErrorMessage(response), StringComparison.Ordinal);
        await AssertUntouchedAsync(world, reviewId);
    }

    [Fact]
    public async Task Only_a_QA_supervisor_can_confirm_the_decision_R8()
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(reviewId));

        var byReviewer = await world.InvokeAsync(world.Reviewer, "review.confirmDecision", Survey.Id(reviewId));
        var byCaseworker = await world.InvokeAsync(world.Caseworker, "review.confirmDecision", Survey.Id(reviewId));

        Assert.Equal(403, Survey.Status(byReviewer));
        Assert.Equal(403, Survey.Status(byCaseworker));
        Assert.Contains("Only a quality review supervisor", Survey.ErrorMessage(byCaseworker), StringComparison.Ordinal);
        var review = await world.LoadReviewAsync(reviewId);
        Assert.Equal(ReviewStatus.Submitted, review.Status);
        Assert.Null(review.Decision);
    }

    [Fact]
    public async Task An_open_review_cannot_be_decided_yet_R6()
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();

        var response = await world.InvokeAsync(world.QaSupervisor, "review.confirmDecision", Survey.Id(reviewId));

        Assert.Equal(409, Survey.Status(response));
        Assert.Null((await world.LoadReviewAsync(reviewId)).Decision);
    }

    private static async Task AssertUntouchedAsync(ReviewWorld world, string reviewId)
    {
        var review = await world.LoadReviewAsync(reviewId);
        Assert.Equal(ReviewStatus.Assigned, review.Status);
        Assert.Null(review.StartedAt);
        Assert.Null(review.CompletedAt);
        Assert.Empty(review.Answers);
        // This review's audit trail only: the sweep may assign the world's other case (R1: eligible on listing).
        Assert.Equal(0, await world.InDbAsync(db => Task.FromResult(db.AuditEntries.Count(a => a.EntityId == reviewId) + db.OutboxMessages.Count(m => m.Kind == "email"))));
        // The other case's assignment reaches its reviewer by email (no chat with them): anything else would be this review's.
        Assert.False(Directory.Exists(world.Channel.Bot.OutboxFolder)
            && Directory.GetFiles(world.Channel.Bot.OutboxFolder).Any(f => !Path.GetFileName(f).StartsWith("review-assigned-", StringComparison.Ordinal)));
    }
}

using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Tests.Reviews;

/// <summary>
/// "Not enough information to decide" as an answer to one question (issue 11): offered on every question, needs a
/// comment saying what is missing (like a No, R5), counts as coaching needed (R8) and reads in words wherever answers show.
/// </summary>
public sealed class NotEnoughInformationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_question_offers_Not_enough_information_to_decide_R4()
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();

        var card = Survey.Card(await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId)));

        Assert.All(Survey.QuestionIds, id =>
        {
            var choices = Survey.Input(card, $"answer-{id}").GetProperty("choices").EnumerateArray().ToList();
            Assert.Contains(choices, c => c.GetProperty("value").GetString() == "unsure"
                && c.GetProperty("title").GetString() == "Not enough information to decide");
        });
    }

    [Fact]
    public async Task Not_enough_information_without_a_comment_is_refused_R5()
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();

        var card = Survey.Card(await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(reviewId, ("q4", "unsure", " "))));

        Assert.Contains(Survey.Texts(card), t => t == "Say what is missing from the file that you would need to decide.");
        Assert.Contains(Survey.Texts(card), t => t == "Question 4 needs your attention before you submit.");
        Assert.Equal("unsure", Survey.Input(card, "answer-q4").GetProperty("value").GetString());
        var review = await world.LoadReviewAsync(reviewId);
        Assert.Null(review.CompletedAt);
        Assert.All(review.Answers, a => Assert.Null(a.Value));
    }

    [Fact]
    public async Task Not_enough_information_counts_as_coaching_needed_R8()
    {
        await using var world = await ReviewWorld.StartAsync();
        await world.InstallAsync(world.QaSupervisor);
        var reviewId = await world.AssignReviewAsync();

        var summary = Survey.Card(await world.InvokeAsync(world.Reviewer, "review.submit",
            Survey.Filled(reviewId, ("q4", "unsure", "No provider notes on the mother's treatment since September"))));
        await world.Channel.SweepAsync();

        Assert.Contains(Survey.Texts(summary), t => t == "Not enough information to decide");
        var debrief = world.Channel.Connector.Requests.Last().Body!.Value.GetProperty("attachments")[0].GetProperty("content");
        Assert.Contains(Survey.Texts(debrief), t => t == "Coaching needed: the file does not hold enough information to decide question 4.");
        Assert.Contains(Survey.Texts(debrief), t => t == "Not enough information to decide");
        Assert.Equal(Answer.NotEnoughInfo, (await world.LoadReviewAsync(reviewId)).AnswerTo("q4")!.Value);

        await world.InvokeAsync(world.QaSupervisor, "review.confirmDecision", Survey.Id(reviewId)); // the toggle left off

        var review = await world.LoadReviewAsync(reviewId);
        Assert.Equal(ReviewDecision.CoachingNeeded, review.Decision);
        Assert.Equal(1, await world.InDbAsync(db => db.CoachingNeededEvents.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_No_and_a_not_enough_information_both_read_in_the_decision_R8()
    {
        await using var world = await ReviewWorld.StartAsync();
        await world.InstallAsync(world.QaSupervisor);
        var reviewId = await world.AssignReviewAsync();

        await world.InvokeAsync(world.Reviewer, "review.submit",
            Survey.Filled(reviewId, ("q2", "no", "Two contacts in 90 days"), ("q6", "unsure", "No collateral contacts recorded")));
        await world.Channel.SweepAsync();

        var debrief = world.Channel.Connector.Requests.Last().Body!.Value.GetProperty("attachments")[0].GetProperty("content");
        Assert.Contains(Survey.Texts(debrief), t => t == "Coaching needed: question 2 is a No; the file does not hold enough information to decide question 6.");
    }
}

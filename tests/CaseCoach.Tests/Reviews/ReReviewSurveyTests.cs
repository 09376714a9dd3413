using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Tests.Reviews;

/// <summary>
/// What the survey shows beyond the questions (issue 11): why the case is listed (R1) at the top, and on a re-review the
/// previous review's answers and comments beside each question (R3; seed 000: being reminded of your previous thinking
/// saves you time).
/// </summary>
public sealed class ReReviewSurveyTests
{
    [Fact]
    public async Task Top_of_the_survey_shows_score_risk_factors_childrens_ages_and_prior_reports_R1()
    {
        await using var world = await ReviewWorld.StartAsync();
        await world.InDbAsync(async db =>
        {
            var listed = await db.Cases.SingleAsync(c => c.ExternalCaseId == "RC-1001", TestContext.Current.CancellationToken);
            listed.RecordPriorReports(2);
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var reviewId = await world.AssignReviewAsync();

        var card = Survey.Card(await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId)));

        var facts = Facts(card);
        Assert.Contains("Risk score: 0.91", facts);
        Assert.Contains("Risk factors: prior removal", facts);
        Assert.Contains(facts, f => f.StartsWith("Children: age ", StringComparison.Ordinal));
        Assert.Contains("Prior reports: 2", facts);
        Assert.DoesNotContain(Survey.Texts(card), t => t.StartsWith("This case was last reviewed", StringComparison.Ordinal));
        Assert.DoesNotContain(Survey.Texts(card), t => t.StartsWith("Last review:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Re_review_shows_previous_answers_beside_each_question_R3()
    {
        await using var world = await ReviewWorld.StartAsync();
        var first = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(first,
            ("q1", "yes", "The June court report walks through the history"),
            ("q2", "no", "Two face-to-face contacts with the mother in 90 days"),
            ("q6", "unsure", "No collateral contacts recorded")));
        await world.InvokeAsync(world.QaSupervisor, "review.confirmDecision", Survey.Id(first));

        var second = await world.AssignReviewAsync(world.SecondReviewer, dueOn: new DateOnly(2027, 3, 1));
        var card = Survey.Card(await world.InvokeAsync(world.SecondReviewer, "review.start", Survey.Id(second)));

        var texts = Survey.Texts(card).ToList();
        Assert.Contains(texts, t => t.StartsWith("This case was last reviewed on ", StringComparison.Ordinal) && t.Contains("by Jordan Patel", StringComparison.Ordinal));
        Assert.Equal(9, texts.Count(t => t.StartsWith("Last review: ", StringComparison.Ordinal)));
        Assert.Equal("Last review: Yes", Following(texts, "1. "));
        Assert.Equal("Last review: No", Following(texts, "2. "));
        Assert.Equal("Last review: Not enough information to decide", Following(texts, "6. "));
        Assert.Equal("Two face-to-face contacts with the mother in 90 days", texts[texts.IndexOf("Last review: No") + 1]);
        Assert.Contains("No collateral contacts recorded", texts);
        Assert.Equal("", Survey.Input(card, "answer-q2").GetProperty("value").GetString()); // the new review starts blank
        Assert.Equal("", Survey.Input(card, "comment-q2").GetProperty("value").GetString());
    }

    [Fact]
    public async Task The_previous_review_stays_beside_the_questions_after_a_refused_submit_R3_R5()
    {
        await using var world = await ReviewWorld.StartAsync();
        var first = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(first, ("q2", "no", "Two contacts in 90 days")));
        var second = await world.AssignReviewAsync(dueOn: new DateOnly(2027, 3, 1));

        var card = Survey.Card(await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(second, ("q3", "no", ""))));

        Assert.Contains(Survey.Texts(card), t => t == "A No needs a comment with a specific example from the file.");
        Assert.Contains(Survey.Texts(card), t => t == "Two contacts in 90 days");
    }

    /// <summary>The first "Last review" line after the question that starts with <paramref name="questionStart"/>.</summary>
    private static string Following(List<string> texts, string questionStart)
    {
        var at = texts.FindIndex(t => t.StartsWith(questionStart, StringComparison.Ordinal));
        return texts.Skip(at + 1).First(t => t.StartsWith("Last review: ", StringComparison.Ordinal));
    }

    private static List<string> Facts(JsonElement card) =>
        Survey.Elements(card).Where(e => e.TryGetProperty("title", out _) && e.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String)
            .Select(e => $"{e.GetProperty("title").GetString()}: {e.GetProperty("value").GetString()}").ToList();
}

using CaseCoach.Core.Reviews;
using MimeKit;

namespace CaseCoach.Tests.Reviews;

/// <summary>The reviewer's survey card, driven through POST /api/messages (R4, R5, R6, R10).</summary>
public sealed class SurveyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_shows_the_nine_questions_with_considerations_and_yes_no_na_R4()
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();

        var card = Survey.Card(await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId)));

        Assert.All(Survey.QuestionIds, id => Survey.Input(card, $"answer-{id}"));
        Assert.Contains(Survey.Texts(card), t => t.StartsWith("1. Does the current case manager demonstrate", StringComparison.Ordinal));
        Assert.DoesNotContain(Survey.Elements(card), e => e.TryGetProperty("type", out var t) && t.GetString() == "TextBlock"
            && e.GetProperty("text").GetString()!.StartsWith("1. ", StringComparison.Ordinal)); // a TextBlock would make it a Markdown list
        Assert.Contains(Survey.Texts(card), t => t.Contains("readiness for reunification", StringComparison.Ordinal));
        var q1Choices = Survey.Input(card, "answer-q1").GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString());
        var q3Choices = Survey.Input(card, "answer-q3").GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString());
        Assert.Equal(["yes", "no", "unsure"], q1Choices);
        Assert.Equal(["yes", "no", "na", "unsure"], q3Choices);
        Assert.Equal(["review.saveDraft", "review.submit"], Survey.Verbs(card).Where(v => v.StartsWith("review.", StringComparison.Ordinal)));
        Assert.Equal(ReviewStatus.InProgress, (await world.LoadReviewAsync(reviewId)).Status);
    }

    [Fact]
    public async Task Starting_a_review_emails_the_caseworker_and_supervisor_once_R10()
    {
        await using var world = await ReviewWorld.StartAsync(tentativeHold: true);
        var reviewId = await world.AssignReviewAsync();

        await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId));
        await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId)); // resume: no second email
        await world.Channel.SweepAsync();

        var file = Assert.Single(Directory.GetFiles(world.Channel.Bot.OutboxFolder, "review-started-*.eml"));
        var email = await MimeMessage.LoadAsync(file, Ct);
        Assert.Equal([ReviewWorld.Email(world.Caseworker), ReviewWorld.Email(world.Supervisor)], email.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(ReviewWorld.Email(world.Reviewer), Assert.Single(email.Cc.Mailboxes).Address);
        Assert.Equal("Case review started: case RC-1001", email.Subject);
        Assert.Contains("Tuesday, December 1", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("tentative coaching time", email.TextBody, StringComparison.Ordinal);
        Assert.True((await world.LoadReviewAsync(reviewId)).CoachingHoldRequested);
    }

    [Fact]
    public async Task Submit_with_a_No_and_no_comment_is_refused_with_the_input_kept_R5()
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId));

        var card = Survey.Card(await world.InvokeAsync(world.Reviewer, "review.submit",
            Survey.Filled(reviewId, ("q2", "no", "  "), ("q7", "yes", "Safety plan reviewed weekly"))));

        Assert.Contains(Survey.Texts(card), t => t == "A No needs a comment with a specific example from the file.");
        Assert.Contains(Survey.Texts(card), t => t == "Question 2 needs your attention before you submit.");
        Assert.Equal("no", Survey.Input(card, "answer-q2").GetProperty("value").GetString());
        Assert.Equal("Safety plan reviewed weekly", Survey.Input(card, "comment-q7").GetProperty("value").GetString());
        Assert.StartsWith("Weekly face-to-face", Survey.Input(card, "strengths").GetProperty("value").GetString(), StringComparison.Ordinal);
        var review = await world.LoadReviewAsync(reviewId);
        Assert.Null(review.CompletedAt);
        Assert.All(review.Answers, a => Assert.Null(a.Value));
    }

    [Fact]
    public async Task Submit_with_unanswered_questions_or_a_forbidden_NA_is_refused_R5()
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();
        var data = Survey.Filled(reviewId, ("q1", "na", ""), ("q4", "", ""));
        data.Remove("answer-q9");

        var card = Survey.Card(await world.InvokeAsync(world.Reviewer, "review.submit", data));

        Assert.Contains(Survey.Texts(card), t => t == "N/A is not an option for this question: pick Yes, No or Not enough information to decide.");
        Assert.Contains(Survey.Texts(card), t => t == "Pick Yes, No, N/A or Not enough information to decide.");
        Assert.Contains(Survey.Texts(card), t => t == "Questions 1, 4, 9 need your attention before you submit.");
        Assert.Null((await world.LoadReviewAsync(reviewId)).CompletedAt);
    }

    [Fact]
    public async Task A_saved_draft_is_there_when_the_reviewer_resumes_R6()
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId));
        var draft = Survey.Filled(reviewId, ("q2", "no", ""));
        draft["answer-q5"] = "";

        Survey.Card(await world.InvokeAsync(world.Reviewer, "review.saveDraft", draft));
        var resumed = Survey.Card(await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId)));

        Assert.Equal("no", Survey.Input(resumed, "answer-q2").GetProperty("value").GetString());
        Assert.Equal("", Survey.Input(resumed, "answer-q5").GetProperty("value").GetString());
        var review = await world.LoadReviewAsync(reviewId);
        Assert.Equal(ReviewStatus.InProgress, review.Status);
        Assert.Null(review.CompletedAt);
    }

    [Fact]
    public async Task Save_draft_comes_back_saying_when_it_was_saved_with_the_inputs_kept_R6()
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId));
        await world.SetClockAsync("2026-11-30T15:42:00Z");
        var draft = Survey.Filled(reviewId, ("q2", "no", "Two contacts in 90 days"));
        draft["answer-q5"] = "";

        var saved = Survey.Card(await world.InvokeAsync(world.Reviewer, "review.saveDraft", draft));
        var resumed = Survey.Card(await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId)));

        // The card's own {{TIME()}} and {{DATE()}} show the moment in the reader's time zone and locale ("Draft saved at 10:42 AM").
        Assert.Contains(Survey.Texts(saved), t => t.StartsWith("Draft saved at {{TIME(2026-11-30T15:42:00Z)}}", StringComparison.Ordinal));
        Assert.Equal("no", Survey.Input(saved, "answer-q2").GetProperty("value").GetString());
        Assert.Equal("Two contacts in 90 days", Survey.Input(saved, "comment-q2").GetProperty("value").GetString());
        Assert.Equal("", Survey.Input(saved, "answer-q5").GetProperty("value").GetString());
        Assert.StartsWith("Weekly face-to-face", Survey.Input(saved, "strengths").GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal(["review.saveDraft", "review.submit"], Survey.Verbs(saved).Where(v => v.StartsWith("review.", StringComparison.Ordinal)));
        Assert.DoesNotContain(Survey.Texts(resumed), t => t.StartsWith("Draft saved", StringComparison.Ordinal)); // only right after saving
    }

    [Fact]
    public async Task A_draft_that_is_refused_says_what_is_wrong_and_never_that_it_was_saved_R6()
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId));

        var refused = Survey.Card(await world.InvokeAsync(world.Reviewer, "review.saveDraft",
            Survey.Filled(reviewId, ("q3", "yes", new string('x', 4001)))));

        Assert.DoesNotContain(Survey.Texts(refused), t => t.StartsWith("Draft saved", StringComparison.Ordinal));
        Assert.All((await world.LoadReviewAsync(reviewId)).Answers, a => Assert.Null(a.Value));
    }

    [Fact]
    public async Task Submit_stamps_the_completion_date_and_turns_the_card_into_a_summary_R6()
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId));

        var before = DateTimeOffset.UtcNow;
        var summary = Survey.Card(await world.InvokeAsync(world.Reviewer, "review.submit",
            Survey.Filled(reviewId, ("q2", "no", "Two contacts in 90 days; the plan asks for weekly"))));

        Assert.Empty(Survey.Verbs(summary));
        Assert.DoesNotContain(Survey.Elements(summary), e => e.TryGetProperty("type", out var t) && t.GetString()!.StartsWith("Input.", StringComparison.Ordinal));
        Assert.Contains(Survey.Texts(summary), t => t == "Two contacts in 90 days; the plan asks for weekly");
        var review = await world.LoadReviewAsync(reviewId);
        Assert.Equal(ReviewStatus.Submitted, review.Status);
        Assert.InRange(review.CompletedAt!.Value, before, DateTimeOffset.UtcNow);
        Assert.Equal(Answer.No, review.Answers.Single(a => a.QuestionId == "q2").Value);
    }

    [Fact]
    public async Task Submitting_twice_has_one_effect_R6()
    {
        await using var world = await ReviewWorld.StartAsync();
        await world.InstallAsync(world.QaSupervisor);
        var reviewId = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId));
        await world.Channel.SweepAsync();
        var before = world.Channel.Connector.Requests.Count;

        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(reviewId));
        var completedAt = (await world.LoadReviewAsync(reviewId)).CompletedAt;
        var again = await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(reviewId, ("q1", "no", "changed my mind")));
        await world.Channel.SweepAsync();

        Assert.Empty(Survey.Verbs(Survey.Card(again)));
        var review = await world.LoadReviewAsync(reviewId);
        Assert.Equal(completedAt, review.CompletedAt);
        Assert.Equal(Answer.Yes, review.Answers.Single(a => a.QuestionId == "q1").Value);
        Assert.Equal(1, world.Channel.Connector.Requests.Count - before); // one debrief card to the QA supervisor
        Assert.Equal(1, await world.InDbAsync(db => Task.FromResult(db.AuditEntries.Count(a => a.Action == "review.submitted"))));
    }
}

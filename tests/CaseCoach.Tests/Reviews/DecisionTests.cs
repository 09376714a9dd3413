using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CaseCoach.Tests.Reviews;

/// <summary>The debrief card for the QA supervisor (R7), the decision (R8) and what follows it (R9, coaching needed).</summary>
public sealed class DecisionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Submitting_sends_the_debrief_card_with_the_computed_decision_to_the_QA_supervisor_R7()
    {
        await using var world = await ReviewWorld.StartAsync();
        await world.InstallAsync(world.QaSupervisor);
        var reviewId = await world.AssignReviewAsync();

        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(reviewId, ("q2", "no", "Two contacts in 90 days")));
        await world.Channel.SweepAsync();

        var sent = world.Channel.Connector.Requests.Last();
        Assert.Equal($"/amer/v3/conversations/{Uri.EscapeDataString(world.QaSupervisor.ConversationId)}/activities", sent.Path);
        var card = sent.Body!.Value.GetProperty("attachments")[0].GetProperty("content");
        Assert.Contains(Survey.Texts(card), t => t == "Coaching needed: question 2 is a No.");
        Assert.Contains(Survey.Texts(card), t => t == "Two contacts in 90 days");
        Assert.Equal(["review.confirmDecision"], Survey.Verbs(card));
        Assert.Equal("Input.Toggle", Survey.Input(card, "safetyConcern").GetProperty("type").GetString());
        Assert.Equal("Input.Toggle", Survey.Input(card, "notEnoughInformation").GetProperty("type").GetString());
    }

    [Fact]
    public async Task No_coaching_needed_emails_the_caseworker_supervisor_administrator_and_designated_parties_R9()
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(reviewId, ("q3", "na", "")));

        var summary = Survey.Card(await world.InvokeAsync(world.QaSupervisor, "review.confirmDecision", Survey.Id(reviewId)));
        await world.Channel.SweepAsync();

        Assert.Contains(Survey.Elements(summary), e => e.TryGetProperty("value", out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String && v.GetString() == "No coaching needed");
        var email = await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(world.Channel.Bot.OutboxFolder, "no-coaching-needed-*.eml")), Ct);
        Assert.Equal([ReviewWorld.Email(world.Caseworker)], email.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(
            new[] { ReviewWorld.Email(world.Supervisor), ReviewWorld.Email(world.ProgramAdministrator), "qa-team@riverside.example", ReviewWorld.Email(world.QaSupervisor) }.Order(),
            email.Cc.Mailboxes.Select(m => m.Address).Order());
        Assert.Equal("Great work on case RC-1001", email.Subject);
        Assert.Contains("- Weekly face-to-face contacts with mom, each tied to the safety plan", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("- The grandmother attends every family team meeting", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Note sibling visits in the case notes", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("<li>The grandmother attends every family team meeting</li>", email.HtmlBody, StringComparison.Ordinal);
        var review = await world.LoadReviewAsync(reviewId);
        Assert.Equal(ReviewDecision.NoCoachingNeeded, review.Decision);
        Assert.Equal(0, await world.InDbAsync(db => db.CoachingNeededEvents.CountAsync(Ct)));
    }

    [Fact]
    public async Task Any_No_means_coaching_needed_and_raises_the_event_once_R8()
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(reviewId, ("q7", "no", "Background check on the paramour missing")));

        var data = Survey.Id(reviewId);
        data["safetyConcern"] = "true";
        await world.InvokeAsync(world.QaSupervisor, "review.confirmDecision", data);
        var again = await world.InvokeAsync(world.QaSupervisor, "review.confirmDecision", Survey.Id(reviewId));
        await world.Channel.SweepAsync();

        Assert.Empty(Survey.Verbs(Survey.Card(again)));
        var review = await world.LoadReviewAsync(reviewId);
        Assert.Equal(ReviewDecision.CoachingNeeded, review.Decision);
        Assert.True(review.SafetyConcern);
        var raised = await world.InDbAsync(db => db.CoachingNeededEvents.ToListAsync(Ct));
        Assert.Equal(review.Id, Assert.Single(raised).ReviewId);
        Assert.True(raised[0].SafetyConcern);
        Assert.NotNull(raised[0].TakenUpAt); // the coaching workflow took it up in the sweep
        Assert.False(Directory.Exists(world.Channel.Bot.OutboxFolder) && Directory.GetFiles(world.Channel.Bot.OutboxFolder, "no-coaching-needed-*").Length > 0);
    }

    [Fact]
    public async Task Not_enough_information_means_coaching_needed_even_with_all_Yes_R8()
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(reviewId));

        var data = Survey.Id(reviewId);
        data["notEnoughInformation"] = "true";
        await world.InvokeAsync(world.QaSupervisor, "review.confirmDecision", data);

        var review = await world.LoadReviewAsync(reviewId);
        Assert.Equal(ReviewDecision.CoachingNeeded, review.Decision);
        Assert.True(review.NotEnoughInformation);
        Assert.Equal(1, await world.InDbAsync(db => db.CoachingNeededEvents.CountAsync(Ct)));
    }

    [Fact]
    public async Task Every_state_change_is_audited_with_who_what_and_when()
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();
        var before = DateTimeOffset.UtcNow;

        await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId));
        await world.InvokeAsync(world.Reviewer, "review.saveDraft", Survey.Filled(reviewId));
        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(reviewId));
        await world.InvokeAsync(world.QaSupervisor, "review.confirmDecision", Survey.Id(reviewId));

        var entries = await world.InDbAsync(db => db.AuditEntries.Where(a => a.EntityType == "Review" && a.EntityId == reviewId).OrderBy(a => a.Id).ToListAsync(Ct));
        Assert.Equal(["review.started", "review.draftSaved", "review.submitted", "review.decided"], entries.Select(e => e.Action));
        Assert.Equal([world.Reviewer.AadObjectId, world.Reviewer.AadObjectId, world.Reviewer.AadObjectId, world.QaSupervisor.AadObjectId], entries.Select(e => e.Actor));
        Assert.All(entries, e => Assert.InRange(e.At, before, DateTimeOffset.UtcNow));
        Assert.Contains("NoCoachingNeeded", entries[^1].DetailsJson, StringComparison.Ordinal);
        Assert.DoesNotContain("Rivera", string.Concat(entries.Select(e => e.DetailsJson)), StringComparison.Ordinal);
    }
}

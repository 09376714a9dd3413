using CaseCoach.Tests.ActionItems;
using CaseCoach.Tests.Coaching;
using CaseCoach.Tests.Reviews;
using MimeKit;

namespace CaseCoach.Tests.Delivery;

/// <summary>
/// Issue 12 item 3: emails come from the bot's mailbox, so each carries Reply-To of the person responsible for its step,
/// read back from the .eml files the local outbox writes.
/// </summary>
public sealed class ReplyToTests
{
    private static readonly TimeSpan Eastern = TimeSpan.FromHours(-5);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_notification_replies_to_the_reviewer_and_no_coaching_needed_to_the_QA_supervisor_R9_R10()
    {
        await using var world = await ReviewWorld.StartAsync();
        var reviewId = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId));
        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(reviewId, ("q3", "na", "")));
        await world.InvokeAsync(world.QaSupervisor, "review.confirmDecision", Survey.Id(reviewId));
        await world.Channel.SweepAsync();

        var started = await LoadAsync(world.Channel.Bot.OutboxFolder, "review-started-*.eml");
        var decided = await LoadAsync(world.Channel.Bot.OutboxFolder, "no-coaching-needed-*.eml");

        Assert.Equal(ReviewWorld.Email(world.Reviewer), Assert.Single(started.ReplyTo.Mailboxes).Address);
        Assert.Equal(ReviewWorld.Email(world.QaSupervisor), Assert.Single(decided.ReplyTo.Mailboxes).Address);
        Assert.Equal(world.QaSupervisor.Name, decided.ReplyTo.Mailboxes.Single().Name);
    }

    [Fact]
    public async Task The_coaching_request_replies_to_the_reviewer_R14()
    {
        await using var coaching = await CoachingWorld.StartAsync();
        await coaching.DecideCoachingNeededAsync();
        await coaching.Channel.SweepAsync();

        var request = await MimeMessage.LoadAsync(Assert.Single(coaching.EmailFiles("coaching-request-")), Ct);

        Assert.Equal(ReviewWorld.Email(coaching.World.Reviewer), Assert.Single(request.ReplyTo.Mailboxes).Address);
    }

    [Fact]
    public async Task Action_items_and_overdue_emails_reply_to_the_reviewer_and_copy_them_escalation_replies_to_the_director_of_quality_R17_R21_R22()
    {
        var monday = new DateOnly(2026, 11, 30);
        await using var world = await ActionItemsWorld.StartAsync(new DateTimeOffset(2026, 11, 30, 10, 0, 0, Eastern));
        await world.RecordCoachingAsync(monday, ("Add sibling visit notes", monday.AddDays(2), false));
        await world.SetClockAsync(new DateTimeOffset(2026, 12, 3, 17, 30, 0, Eastern));
        await world.Channel.SweepAsync();

        var actionItems = await LoadAsync(world.Channel.Bot.OutboxFolder, "action-items-email-*.eml");
        var overdue = await LoadAsync(world.Channel.Bot.OutboxFolder, "overdue-email-*.eml");
        var escalation = await LoadAsync(world.Channel.Bot.OutboxFolder, "escalation-email-*.eml");

        Assert.Equal("reviewer@riverside.example", Assert.Single(actionItems.ReplyTo.Mailboxes).Address);
        Assert.Contains("reviewer@riverside.example", actionItems.Cc.Mailboxes.Select(m => m.Address));
        Assert.Equal("reviewer@riverside.example", Assert.Single(overdue.ReplyTo.Mailboxes).Address);
        Assert.Contains("reviewer@riverside.example", overdue.Cc.Mailboxes.Select(m => m.Address));
        Assert.Equal("quality-director@riverside.example", Assert.Single(escalation.ReplyTo.Mailboxes).Address);
    }

    private static async Task<MimeMessage> LoadAsync(string folder, string pattern) =>
        await MimeMessage.LoadAsync(Assert.Single(Directory.GetFiles(folder, pattern)), Ct);
}

using CaseCoach.Tests.Reviews;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace CaseCoach.Tests.Coaching;

/// <summary>
/// The real paths, end to end: the review-start email (R10), the tentative hold (R10) and the coaching invitation
/// (R14) never carry the family's name in an email subject or a calendar title (SUMMARY).
/// </summary>
public sealed class CaseNameInTitlesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Review_start_email_and_hold_subjects_and_titles_never_name_the_case_R10()
    {
        await using var coaching = await CoachingWorld.StartAsync(tentativeHold: true);
        var world = coaching.World;
        var reviewId = await world.AssignReviewAsync();
        var caseName = await CaseNameAsync(world, reviewId);
        await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId));
        await coaching.Channel.SweepAsync();
        await coaching.Channel.SweepAsync();

        await AssertNoCaseNameAsync(coaching, caseName, expectedEmails: 2);
    }

    [Fact]
    public async Task Coaching_invitation_subject_and_title_never_name_the_case_R14()
    {
        await using var coaching = await PickTests.OfferedAsync();
        var world = coaching.World;
        var offered = await coaching.RequestAsync();
        var caseName = await CaseNameAsync(world, coaching.ReviewKey);
        await world.InvokeAsync(world.Supervisor, "coaching.pick", CoachingWorld.Pick(offered.Key, offered.Slots[0].Id));
        await coaching.Channel.SweepAsync();

        Assert.Single(coaching.EmailFiles("coaching-invitation-"));
        await AssertNoCaseNameAsync(coaching, caseName, expectedEmails: 2);
    }

    private static Task<string> CaseNameAsync(ReviewWorld world, string reviewKey) =>
        world.InDbAsync(db => db.Reviews.Where(r => r.Key == reviewKey).Select(r => r.Case.Name).SingleAsync(Ct));

    private static async Task AssertNoCaseNameAsync(CoachingWorld coaching, string caseName, int expectedEmails)
    {
        var emails = coaching.EmailFiles("");
        Assert.True(emails.Length >= expectedEmails, $"expected at least {expectedEmails} emails, found {emails.Length}");
        foreach (var file in emails)
        {
            var message = await MimeMessage.LoadAsync(file, Ct);
            Assert.DoesNotContain(caseName, message.Subject, StringComparison.OrdinalIgnoreCase);
        }
        var bookings = coaching.Bookings();
        Assert.NotEmpty(bookings);
        foreach (var booking in bookings)
        {
            var titles = File.ReadAllLines(booking).Where(l => l.StartsWith("SUMMARY", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(titles);
            Assert.All(titles, t => Assert.DoesNotContain(caseName, t, StringComparison.OrdinalIgnoreCase));
        }
    }
}

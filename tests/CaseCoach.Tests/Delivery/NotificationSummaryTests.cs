using System.Text.Json;
using CaseCoach.Bot.Outbound;
using CaseCoach.Cards;
using CaseCoach.Tests.Cards;
using CaseCoach.Tests.Reviews;

namespace CaseCoach.Tests.Delivery;

/// <summary>
/// Issue 16: a card the bot sends on its own carries a notification summary (the activity's <c>summary</c>, from the
/// card's own fallbackText template), so the notification says what it is about instead of "sent a card". It shows on
/// lock screens: never the case or family name.
/// </summary>
public sealed class NotificationSummaryTests
{
    private static readonly CardCatalog Catalog = CardCatalog.LoadEmbedded();

    public static TheoryData<string> Cards => [.. Catalog.Names.Order()];

    [Theory]
    [MemberData(nameof(Cards))]
    public void Every_card_activity_carries_its_fallback_text_as_summary_without_a_case_name(string name)
    {
        var data = JsonDocument.Parse(Catalog.SampleData(name)!).RootElement;
        var card = Catalog.Get(name).Expand(data);

        var activity = CardActivity.For(card);

        Assert.False(string.IsNullOrWhiteSpace(activity.Summary), $"{name}: the message would notify as 'sent a card'");
        Assert.Equal(card.GetProperty("fallbackText").GetString(), activity.Summary);
        Assert.All(CaseNames.In(data), caseName => Assert.DoesNotContain(caseName, activity.Summary!, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Every_proactive_card_of_a_review_round_notifies_with_a_summary_that_never_names_the_case()
    {
        await using var world = await ReviewWorld.StartAsync();
        await world.InstallAsync(world.Reviewer, world.QaSupervisor); // the welcome cards
        var reviewId = await world.AssignReviewAsync();
        await world.Channel.SweepAsync(); // the assignment card
        await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewId));
        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(reviewId, ("q2", "no", "Two contacts in 90 days")));
        await world.Channel.SweepAsync(); // the debrief card

        var cards = world.Channel.Connector.Requests
            .Where(r => r.Method == "POST" && r.Body is { } body && body.TryGetProperty("attachments", out _)).ToList();

        Assert.True(cards.Count >= 3, $"expected welcome, assignment and debrief cards, got {cards.Count}");
        Assert.Contains(cards, r => r.BodyString("summary")!.StartsWith("A completed review is ready for your debrief", StringComparison.Ordinal));
        Assert.All(cards, r =>
        {
            var summary = r.BodyString("summary");
            Assert.False(string.IsNullOrWhiteSpace(summary), $"{r.Path}: a card without a summary");
            Assert.DoesNotContain("Rivera", summary!, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(r.Body!.Value.GetProperty("attachments")[0].GetProperty("content").GetProperty("fallbackText").GetString(), summary);
        });
    }
}

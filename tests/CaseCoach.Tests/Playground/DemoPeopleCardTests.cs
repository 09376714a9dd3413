using CaseCoach.Bot.Demo;
using CaseCoach.Tests.Fakes;
using CaseCoach.Tests.Hosting;

namespace CaseCoach.Tests.Playground;

/// <summary>
/// In Development with the demo data on, someone the bot doesn't know (the Playground's default user) is shown the
/// demo people and how to become one, never "not on my list"; everywhere else the bot answers as it always does.
/// </summary>
public class DemoPeopleCardTests
{
    private const string NotOnMyList = "I don't have you on my list of people yet";

    [Fact]
    public async Task An_unknown_sender_in_Development_with_demo_data_gets_the_card_listing_the_demo_people()
    {
        await using var channel = await TestChannel.StartAsync(new Dictionary<string, string?> { ["Demo:Seed"] = "true" });

        var reply = await AskAsync(channel, TestPerson.Named("Playground Default User"), sweep: true);

        var attachment = reply.Body!.Value.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content").ToString();
        Assert.Contains("Try CaseCoach as a demo person", card, StringComparison.Ordinal);
        Assert.All(DemoDirectory.All, person =>
        {
            Assert.Contains(person.Name, card, StringComparison.Ordinal);
            Assert.Contains($"dotnet run --project bot -- playground --as {person.Email}", card, StringComparison.Ordinal);
        });
        Assert.Contains(PlaygroundConfig.StartCommand, card, StringComparison.Ordinal);
        Assert.DoesNotContain(NotOnMyList, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_demo_person_in_Development_gets_their_own_answer_not_the_card()
    {
        await using var channel = await TestChannel.StartAsync(new Dictionary<string, string?> { ["Demo:Seed"] = "true" });

        var reply = await AskAsync(channel, new TestPerson("Jordan Patel", DemoPeople.Reviewer), sweep: true);

        var card = reply.Body!.Value.GetProperty("attachments")[0].GetProperty("content").ToString();
        Assert.Contains("Your reviews", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Try CaseCoach as a demo person", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_demo_data_an_unknown_sender_gets_the_normal_answer()
    {
        await using var channel = await TestChannel.StartAsync(new Dictionary<string, string?> { ["Demo:Seed"] = "false" });

        var reply = await AskAsync(channel, TestPerson.Named("Pat Unknown"), sweep: true);

        Assert.StartsWith(NotOnMyList, reply.BodyString("text"), StringComparison.Ordinal);
        Assert.False(reply.Body!.Value.TryGetProperty("attachments", out var cards) && cards.GetArrayLength() > 0);
    }

    [Fact]
    public async Task Outside_Development_an_unknown_sender_gets_the_normal_answer_even_with_demo_data()
    {
        // No /api/dev/sweep outside Development: the outbox delivers in the background, as in production.
        await using var channel = await TestChannel.StartAsync(new Dictionary<string, string?>
        {
            ["Demo:Seed"] = "true",
            ["Outbox:RunInBackground"] = "true",
            ["Outbox:PollInterval"] = "00:00:00.100",
        }, environment: "Production");

        var reply = await AskAsync(channel, TestPerson.Named("Pat Unknown"), sweep: false);

        Assert.StartsWith(NotOnMyList, reply.BodyString("text"), StringComparison.Ordinal);
    }

    private static async Task<ConnectorRequest> AskAsync(TestChannel channel, TestPerson from, bool sweep)
    {
        using var response = await channel.SendAsync(channel.Activities.Message(from, "my reviews"));
        response.EnsureSuccessStatusCode();
        if (sweep) await channel.SweepAsync();
        var requests = await channel.Connector.WaitForRequestsAsync(1, TimeSpan.FromSeconds(60));
        return Assert.Single(requests, r => r.Path.Contains(Uri.EscapeDataString(from.ConversationId), StringComparison.Ordinal));
    }
}

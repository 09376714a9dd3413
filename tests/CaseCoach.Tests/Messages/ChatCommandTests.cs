using System.Net;
using System.Text.Json.Nodes;
using CaseCoach.Tests.Hosting;

namespace CaseCoach.Tests.Messages;

/// <summary>Chat commands reach the plugin that owns them; the reply goes out through the outbox to the Connector.</summary>
public class ChatCommandTests
{
    [Fact]
    public async Task Help_lists_every_command_in_the_persons_chat()
    {
        await using var channel = await TestChannel.StartAsync();
        var dana = TestPerson.Named("Dana");

        using var response = await channel.SendAsync(channel.Activities.Message(dana, "help"));
        await channel.SweepAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(channel.Connector.Requests);
        Assert.Equal("POST", reply.Method);
        Assert.Equal($"/amer/v3/conversations/{Uri.EscapeDataString(dana.ConversationId)}/activities", reply.Path);
        Assert.Equal("Bearer " + FixedConnectorToken.Token, reply.Authorization);
        var attachment = reply.Body!.Value.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var text = attachment.GetProperty("content").ToString();
        Assert.Contains("my tasks", text, StringComparison.Ordinal);
        Assert.Contains("my reviews", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bots_mention_is_stripped_before_matching_a_command()
    {
        await using var channel = await TestChannel.StartAsync();
        var activity = channel.Activities.Message(TestPerson.Named("Dana"), "<at>CaseCoach</at> my tasks");
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>CaseCoach</at>",
            ["mentioned"] = new JsonObject { ["id"] = "28:casecoach-bot", ["name"] = "CaseCoach" },
        });

        using var _ = await channel.SendAsync(activity);
        await channel.SweepAsync();

        Assert.Contains("action items", Assert.Single(channel.Connector.Requests).BodyString("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_is_answered_with_a_pointer_to_help()
    {
        await using var channel = await TestChannel.StartAsync();

        using var _ = await channel.SendAsync(channel.Activities.Message(TestPerson.Named("Dana"), "what's up"));
        await channel.SweepAsync();

        Assert.Contains("help", Assert.Single(channel.Connector.Requests).BodyString("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_activity_type_is_accepted_and_ignored()
    {
        await using var channel = await TestChannel.StartAsync();
        var activity = channel.Activities.Message(TestPerson.Named("Dana"), "");
        activity["type"] = "messageReaction";

        using var response = await channel.SendAsync(activity);
        await channel.SweepAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(channel.Connector.Requests);
    }
}

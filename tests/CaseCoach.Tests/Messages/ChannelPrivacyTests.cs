using CaseCoach.Tests.Hosting;

namespace CaseCoach.Tests.Messages;

/// <summary>Lists of reviews and tasks name families: asked in a channel, they are answered in the person's 1:1 chat.</summary>
public class ChannelPrivacyTests
{
    private const string Channel = "19:quality-team@thread.tacv2";

    [Fact]
    public async Task My_tasks_asked_in_a_channel_is_answered_in_the_persons_1to1_chat()
    {
        await using var channel = await TestChannel.StartAsync();
        var dana = TestPerson.Named("Dana");
        using var _ = await channel.SendAsync(channel.Activities.Install(dana));
        await channel.SweepAsync();
        var welcomes = channel.Connector.Requests.Count;

        using var __ = await channel.SendAsync(InChannel(channel.Activities.Message(dana, "my tasks")));
        await channel.SweepAsync();

        var replies = channel.Connector.Requests.Skip(welcomes).ToList();
        Assert.Equal(2, replies.Count);
        var personalPath = $"/amer/v3/conversations/{Uri.EscapeDataString(dana.ConversationId)}/activities";
        var channelPath = $"/amer/v3/conversations/{Uri.EscapeDataString(Channel)}/activities";
        Assert.Contains(replies, r => r.Path == personalPath);
        var notice = Assert.Single(replies, r => r.Path == channelPath);
        Assert.Contains("1:1 chat", notice.BodyString("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_1to1_chat_the_channel_gets_only_a_pointer_to_one()
    {
        await using var channel = await TestChannel.StartAsync();

        using var _ = await channel.SendAsync(InChannel(channel.Activities.Message(TestPerson.Named("Dana"), "my reviews")));
        await channel.SweepAsync();

        var reply = Assert.Single(channel.Connector.Requests);
        Assert.Contains("only in our 1:1 chat", reply.BodyString("text"), StringComparison.Ordinal);
    }

    private static System.Text.Json.Nodes.JsonObject InChannel(System.Text.Json.Nodes.JsonObject activity)
    {
        activity["conversation"]!["id"] = Channel;
        activity["conversation"]!["conversationType"] = "channel";
        return activity;
    }
}

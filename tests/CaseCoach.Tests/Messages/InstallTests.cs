using CaseCoach.Core.Persistence;
using CaseCoach.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.Messages;

/// <summary>Installing the bot stores the person's conversation for proactive messages and welcomes them once.</summary>
public class InstallTests
{
    [Fact]
    public async Task A_personal_install_stores_the_conversation_and_sends_one_welcome_card()
    {
        await using var channel = await TestChannel.StartAsync();
        var dana = TestPerson.Named("Dana");

        // Teams sends both events for one install.
        using var _ = await channel.SendAsync(channel.Activities.Install(dana));
        using var __ = await channel.SendAsync(channel.Activities.InstallationUpdate(dana));
        await channel.SweepAsync();

        var welcome = Assert.Single(channel.Connector.Requests);
        Assert.Equal("application/vnd.microsoft.card.adaptive", welcome.Body!.Value.GetProperty("attachments")[0].GetProperty("contentType").GetString());
        var stored = await StoredConversationsAsync(channel);
        var conversation = Assert.Single(stored);
        Assert.Equal(dana.AadObjectId, conversation.AadObjectId);
        Assert.Equal(dana.ConversationId, conversation.ConversationId);
        Assert.Equal(channel.Activities.ServiceUrl, conversation.ServiceUrl);
        Assert.Equal(dana.UserId, conversation.UserId);
    }

    [Fact]
    public async Task Both_install_events_arriving_together_store_one_conversation_and_welcome_once()
    {
        await using var channel = await TestChannel.StartAsync();
        var dana = TestPerson.Named("Dana");

        var responses = await Task.WhenAll(
            channel.SendAsync(channel.Activities.Install(dana)),
            channel.SendAsync(channel.Activities.InstallationUpdate(dana)));
        await channel.SweepAsync();

        Assert.All(responses, r => Assert.Equal(System.Net.HttpStatusCode.OK, r.StatusCode));
        Assert.Single(channel.Connector.Requests);
        Assert.Single(await StoredConversationsAsync(channel));
    }

    [Fact]
    public async Task A_reinstall_does_not_welcome_again()
    {
        await using var channel = await TestChannel.StartAsync();
        var dana = TestPerson.Named("Dana");

        using var _ = await channel.SendAsync(channel.Activities.Install(dana));
        using var __ = await channel.SendAsync(channel.Activities.InstallationUpdate(dana, "add-upgrade"));
        await channel.SweepAsync();

        Assert.Single(channel.Connector.Requests);
    }

    [Fact]
    public async Task A_later_activity_refreshes_the_stored_service_url()
    {
        await using var channel = await TestChannel.StartAsync();
        var dana = TestPerson.Named("Dana");
        using var _ = await channel.SendAsync(channel.Activities.Install(dana));

        var moved = channel.Activities.Message(dana, "help");
        var newServiceUrl = channel.Activities.ServiceUrl.Replace("/amer", "/emea", StringComparison.Ordinal);
        moved["serviceUrl"] = newServiceUrl;
        using var __ = await channel.SendAsync(moved);

        Assert.Equal(newServiceUrl, Assert.Single(await StoredConversationsAsync(channel)).ServiceUrl);
    }

    [Fact]
    public async Task Uninstalling_forgets_the_conversation()
    {
        await using var channel = await TestChannel.StartAsync();
        var dana = TestPerson.Named("Dana");
        using var _ = await channel.SendAsync(channel.Activities.Install(dana));

        using var __ = await channel.SendAsync(channel.Activities.InstallationUpdate(dana, "remove"));

        Assert.Empty(await StoredConversationsAsync(channel));
    }

    [Fact]
    public async Task Another_member_joining_a_team_is_not_an_install()
    {
        await using var channel = await TestChannel.StartAsync();
        var activity = channel.Activities.Install(TestPerson.Named("Dana"));
        activity["membersAdded"]!.AsArray().RemoveAt(0); // only the person, not the bot

        using var _ = await channel.SendAsync(activity);
        await channel.SweepAsync();

        Assert.Empty(channel.Connector.Requests);
        Assert.Empty(await StoredConversationsAsync(channel));
    }

    private static async Task<List<CaseCoach.Core.Conversations.ConversationRecord>> StoredConversationsAsync(TestChannel channel)
    {
        await using var scope = channel.Bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>().Conversations.AsNoTracking()
            .ToListAsync(TestContext.Current.CancellationToken);
    }
}

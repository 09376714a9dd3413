using System.Net;
using System.Text.Json;
using CaseCoach.Tests.Hosting;

namespace CaseCoach.Tests.Messages;

/// <summary>Teams resends an activity it got no answer for within 15 s: the same delivery twice has one effect.</summary>
public class RedeliveryTests
{
    [Fact]
    public async Task The_same_message_delivered_twice_is_answered_once()
    {
        await using var channel = await TestChannel.StartAsync();
        var activity = channel.Activities.Message(TestPerson.Named("Dana"), "help");

        using var first = await channel.SendAsync(activity);
        using var second = await channel.SendAsync(activity);
        await channel.SweepAsync();

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(channel.Connector.Requests);
    }

    [Fact]
    public async Task Two_deliveries_at_once_give_one_reply()
    {
        await using var channel = await TestChannel.StartAsync();
        var activity = channel.Activities.Message(TestPerson.Named("Dana"), "help");

        var responses = await Task.WhenAll(channel.SendAsync(activity), channel.SendAsync(activity), channel.SendAsync(activity));
        await channel.SweepAsync();

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(channel.Connector.Requests);
    }

    [Fact]
    public async Task A_redelivered_invoke_gets_the_same_answer_again()
    {
        await using var channel = await TestChannel.StartAsync();
        var invoke = channel.Activities.Invoke(TestPerson.Named("Dana"), "no.such.verb");

        using var first = await channel.SendAsync(invoke);
        using var second = await channel.SendAsync(invoke);

        var firstBody = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(firstBody, await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(400, JsonDocument.Parse(firstBody).RootElement.GetProperty("statusCode").GetInt32());
    }
}

using CaseCoach.Bot.Connector.Http;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Core.Outbox;
using CaseCoach.Tests.Fakes;
using Xunit;

namespace CaseCoach.Tests.Connector;

public sealed class TeamsOutboxDelivererTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OutboxEnvelope Row(string kind, string payload) => new(42, kind, "key-42", payload, Attempt: 1);

    [Fact]
    public async Task Message_row_is_sent_to_its_conversation_and_delivered_with_the_activity_id()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        var payload = TeamsOutbox.MessagePayload(host.Reference(), new Activity { Type = "message", Text = "Your review is due" });

        var result = await host.Deliverer(TeamsOutbox.MessageKind).DeliverAsync(Row(TeamsOutbox.MessageKind, payload), Ct);

        Assert.Equal(new DeliveryResult.Delivered("1001"), result);
        var request = Assert.Single(host.Connector.Requests);
        Assert.EndsWith("/activities", request.Path);
        Assert.Equal("Your review is due", request.BodyString("text"));
    }

    [Fact]
    public async Task Message_row_with_replyToId_is_sent_as_a_reply()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        var payload = TeamsOutbox.MessagePayload(host.Reference(), new Activity { Type = "message", Text = "Noted", ReplyToId = "1699" });

        var result = await host.Deliverer(TeamsOutbox.MessageKind).DeliverAsync(Row(TeamsOutbox.MessageKind, payload), Ct);

        Assert.IsType<DeliveryResult.Delivered>(result);
        Assert.EndsWith("/activities/1699", Assert.Single(host.Connector.Requests).Path);
    }

    [Fact]
    public async Task Update_row_puts_the_activity_over_the_stored_activity_id()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        var payload = TeamsOutbox.UpdatePayload(host.Reference(), "1700", new Activity { Type = "message", Text = "Submitted" });

        var result = await host.Deliverer(TeamsOutbox.UpdateKind).DeliverAsync(Row(TeamsOutbox.UpdateKind, payload), Ct);

        Assert.Equal(new DeliveryResult.Delivered("1700"), result);
        var request = Assert.Single(host.Connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.EndsWith("/activities/1700", request.Path);
    }

    [Fact]
    public async Task Recipient_gone_fails_the_row_for_good()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        host.Connector.Enqueue(FakeConnectorResponse.Error(403, "ConversationBlockedByUser"));
        var payload = TeamsOutbox.MessagePayload(host.Reference(), new Activity { Type = "message", Text = "Hi" });

        var result = await host.Deliverer(TeamsOutbox.MessageKind).DeliverAsync(Row(TeamsOutbox.MessageKind, payload), Ct);

        var failed = Assert.IsType<DeliveryResult.Failed>(result);
        Assert.Contains("ConversationBlockedByUser", failed.Reason);
    }

    [Fact]
    public async Task Long_throttling_reschedules_the_row_after_the_Retry_After()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        host.Connector.Enqueue(FakeConnectorResponse.Throttled(TimeSpan.FromMinutes(2)));
        var payload = TeamsOutbox.UpdatePayload(host.Reference(), "1700", new Activity { Type = "message", Text = "Submitted" });

        var result = await host.Deliverer(TeamsOutbox.UpdateKind).DeliverAsync(Row(TeamsOutbox.UpdateKind, payload), Ct);

        var later = Assert.IsType<DeliveryResult.RetryLater>(result);
        Assert.Equal(TimeSpan.FromMinutes(2), later.After);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"activity":{"type":"message"}}""")]
    [InlineData("""{"reference":{"serviceUrl":"https://smba.trafficmanager.net/amer/","conversationId":"a:1","channelId":"msteams"}}""")]
    public async Task Unreadable_payload_fails_the_row_without_a_call(string payload)
    {
        await using var host = await ConnectorTestHost.StartAsync();

        var message = await host.Deliverer(TeamsOutbox.MessageKind).DeliverAsync(Row(TeamsOutbox.MessageKind, payload), Ct);
        var update = await host.Deliverer(TeamsOutbox.UpdateKind).DeliverAsync(Row(TeamsOutbox.UpdateKind, payload), Ct);

        Assert.IsType<DeliveryResult.Failed>(message);
        Assert.IsType<DeliveryResult.Failed>(update);
        Assert.Empty(host.Connector.Requests);
    }

    public static TheoryData<ConnectorResult, DeliveryResult> Mappings => new()
    {
        { new ConnectorResult.Sent("9"), new DeliveryResult.Delivered("9") },
        { new ConnectorResult.Throttled(TimeSpan.FromSeconds(30)), new DeliveryResult.RetryLater("Connector throttled (429).", TimeSpan.FromSeconds(30)) },
        { new ConnectorResult.RecipientGone(404, null), new DeliveryResult.Failed("Recipient gone (404): the bot can no longer post to this conversation.") },
        { new ConnectorResult.Failed(503, "ServiceUnavailable", true), new DeliveryResult.RetryLater("Connector failed (503 ServiceUnavailable), will retry.") },
        { new ConnectorResult.Failed(null, "Timeout", true), new DeliveryResult.RetryLater("Connector failed (Timeout), will retry.") },
        { new ConnectorResult.Failed(400, "BadArgument", false), new DeliveryResult.Failed("Connector refused (400 BadArgument).") },
        { new ConnectorResult.Failed(null, "UntrustedServiceUrl", false), new DeliveryResult.Failed("Connector refused (UntrustedServiceUrl).") },
    };

    [Theory]
    [MemberData(nameof(Mappings))]
    public void Connector_outcomes_map_to_outbox_outcomes(ConnectorResult connector, DeliveryResult expected) =>
        Assert.Equal(expected, connector.ToDeliveryResult());
}

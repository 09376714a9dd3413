using CaseCoach.Core.Outbox;
using CaseCoach.Bot.Connector.Http;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Tests.Fakes;
using Xunit;

namespace CaseCoach.Tests.Connector;

/// <summary>Retry delays run on the fake clock: each test awaits the retry's timer and advances time by it.</summary>
public sealed class ConnectorRetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Activity Message(string text) => new() { Type = "message", Text = text };

    [Fact]
    public async Task A_429_waits_its_Retry_After_then_sends_again_as_one_logical_send()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        host.Connector.Enqueue(FakeConnectorResponse.Throttled(TimeSpan.FromSeconds(3)));

        var send = host.Client.SendToConversationAsync(host.Reference(), Message("Hello"), Ct);
        var delay = await host.Time.NextTimerAsync();

        Assert.Equal(TimeSpan.FromSeconds(3), delay);
        Assert.False(send.IsCompleted);
        Assert.Single(host.Connector.Requests);
        host.Time.Advance(delay);
        var result = await send;

        Assert.Equal(new ConnectorResult.Sent("1001"), result);
        Assert.Equal(2, host.Connector.Requests.Count);
        Assert.All(host.Connector.Requests, r => Assert.Equal("Hello", r.BodyString("text")));
    }

    [Fact]
    public async Task A_503_with_Retry_After_waits_exactly_that_then_sends_again()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        host.Connector.Enqueue(FakeConnectorResponse.Error(503, "ServiceError") with { RetryAfter = TimeSpan.FromSeconds(4) });

        var send = host.Client.SendToConversationAsync(host.Reference(), Message("Hello"), Ct);
        var delay = await host.Time.NextTimerAsync();

        Assert.Equal(TimeSpan.FromSeconds(4), delay);
        host.Time.Advance(delay);
        Assert.Equal(new ConnectorResult.Sent("1001"), await send);
        Assert.Equal(2, host.Connector.Requests.Count);
    }

    [Fact]
    public async Task A_503_asking_for_longer_than_MaxRetryAfter_reschedules_the_row_for_exactly_then()
    {
        await using var host = await ConnectorTestHost.StartAsync(new Dictionary<string, string?> { ["Connector:MaxRetryAfter"] = "00:00:20" });
        host.Connector.Enqueue(FakeConnectorResponse.Error(503, "ServiceError") with { RetryAfter = TimeSpan.FromSeconds(120) });

        var result = await host.Client.SendToConversationAsync(host.Reference(), Message("Hello"), Ct);

        Assert.Equal(new ConnectorResult.Failed(503, "ServiceError", Transient: true, TimeSpan.FromSeconds(120)), result);
        Assert.Equal(TimeSpan.FromSeconds(120), Assert.IsType<DeliveryResult.RetryLater>(result.ToDeliveryResult()).After);
        Assert.Single(host.Connector.Requests);
    }

    [Fact]
    public async Task A_Retry_After_beyond_MaxRetryAfter_is_handed_back_as_throttled_without_waiting()
    {
        await using var host = await ConnectorTestHost.StartAsync(new Dictionary<string, string?> { ["Connector:MaxRetryAfter"] = "00:00:20" });
        host.Connector.Enqueue(FakeConnectorResponse.Throttled(TimeSpan.FromSeconds(120)));

        var result = await host.Client.SendToConversationAsync(host.Reference(), Message("Hello"), Ct);

        Assert.Equal(new ConnectorResult.Throttled(TimeSpan.FromSeconds(120)), result);
        Assert.Single(host.Connector.Requests);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Gateway_errors_back_off_with_jitter_then_succeed(int status)
    {
        await using var host = await ConnectorTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Connector:RetryBaseDelay"] = "00:00:02",
            ["Connector:RetryMaxDelay"] = "00:00:20",
        });
        host.Connector.Enqueue(FakeConnectorResponse.Error(status, "Scripted"), FakeConnectorResponse.Error(status, "Scripted"));

        var send = host.Client.SendToConversationAsync(host.Reference(), Message("Hello"), Ct);
        var first = await host.Time.NextTimerAsync();
        host.Time.Advance(first);
        var second = await host.Time.NextTimerAsync();
        host.Time.Advance(second);
        var result = await send;

        Assert.IsType<ConnectorResult.Sent>(result);
        Assert.Equal(3, host.Connector.Requests.Count);
        Assert.InRange(first, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(20));
        Assert.InRange(second, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Retries_are_bounded_and_the_last_answer_is_classified()
    {
        await using var host = await ConnectorTestHost.StartAsync(new Dictionary<string, string?> { ["Connector:MaxRetries"] = "2" });
        host.Connector.Enqueue(Enumerable.Repeat(FakeConnectorResponse.Error(503, "ServiceUnavailable"), 5).ToArray());

        var send = host.Client.SendToConversationAsync(host.Reference(), Message("Hello"), Ct);
        for (var retry = 0; retry < 2; retry++)
        {
            host.Time.Advance(await host.Time.NextTimerAsync());
        }

        var result = await send;

        Assert.Equal(new ConnectorResult.Failed(503, "ServiceUnavailable", true), result);
        Assert.Equal(3, host.Connector.Requests.Count);
    }

    [Fact]
    public async Task Throttling_that_outlasts_the_retries_is_reported_with_its_Retry_After()
    {
        await using var host = await ConnectorTestHost.StartAsync(new Dictionary<string, string?> { ["Connector:MaxRetries"] = "1" });
        host.Connector.Enqueue(FakeConnectorResponse.Throttled(TimeSpan.FromSeconds(1)), FakeConnectorResponse.Throttled(TimeSpan.FromSeconds(2)));

        var send = host.Client.SendToConversationAsync(host.Reference(), Message("Hello"), Ct);
        host.Time.Advance(await host.Time.NextTimerAsync());
        var result = await send;

        Assert.Equal(new ConnectorResult.Throttled(TimeSpan.FromSeconds(2)), result);
        Assert.Equal(2, host.Connector.Requests.Count);
    }
}

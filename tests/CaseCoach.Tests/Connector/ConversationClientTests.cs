using System.Text.Json;
using CaseCoach.Bot.Connector.Http;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Tests.Fakes;
using Xunit;

namespace CaseCoach.Tests.Connector;

public sealed class ConversationClientTests
{
    private const string EscapedConversation = "a%3A1Xk%40thread%3Bmessageid%3D7";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Activity Message(string text) => new() { Type = "message", Text = text };

    [Fact]
    public async Task Send_posts_to_the_escaped_conversation_under_the_serviceUrl_path_and_returns_the_activity_id()
    {
        await using var host = await ConnectorTestHost.StartAsync();

        var result = await host.Client.SendToConversationAsync(host.Reference(), Message("Hello"), Ct);

        var request = Assert.Single(host.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/amer/v3/conversations/{EscapedConversation}/activities", request.Path);
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
        Assert.Equal("Hello", request.BodyString("text"));
        Assert.Equal("a:1Xk@thread;messageid=7", request.Body!.Value.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("28:" + ConnectorTestHost.AppId, request.Body!.Value.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(new ConnectorResult.Sent("1001"), result);
    }

    [Fact]
    public async Task Send_omits_nulls_and_the_inbound_activity_id_and_leaves_the_callers_activity_unchanged()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        var activity = new Activity { Type = "message", Id = "inbound-7", Text = "Hi" };

        await host.Client.SendToConversationAsync(host.Reference(), activity, Ct);

        var body = host.Connector.Requests.Single().Body!.Value;
        Assert.False(body.TryGetProperty("id", out _));
        Assert.False(body.TryGetProperty("replyToId", out _));
        Assert.False(body.TryGetProperty("locale", out _));
        Assert.Equal("inbound-7", activity.Id);
        Assert.Null(activity.Conversation);
    }

    [Fact]
    public async Task Reply_posts_to_the_escaped_activity_with_replyToId_and_the_conversation_header()
    {
        await using var host = await ConnectorTestHost.StartAsync();

        var result = await host.Client.ReplyToActivityAsync(host.Reference(), "1:2@x;y", Message("Thanks"), Ct);

        var request = Assert.Single(host.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/amer/v3/conversations/{EscapedConversation}/activities/1%3A2%40x%3By", request.Path);
        Assert.Equal("1:2@x;y", request.BodyString("replyToId"));
        Assert.Equal("a:1Xk@thread;messageid=7", request.Headers["x-ms-conversation-id"]);
        Assert.IsType<ConnectorResult.Sent>(result);
    }

    [Fact]
    public async Task Update_puts_the_new_activity_over_the_escaped_activity_id()
    {
        await using var host = await ConnectorTestHost.StartAsync();

        var result = await host.Client.UpdateActivityAsync(host.Reference(), "1700000000000", Message("Updated"), Ct);

        var request = Assert.Single(host.Connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/amer/v3/conversations/{EscapedConversation}/activities/1700000000000", request.Path);
        Assert.Equal("1700000000000", request.BodyString("id"));
        Assert.Equal("Updated", request.BodyString("text"));
        Assert.Equal(new ConnectorResult.Sent("1700000000000"), result);
    }

    [Fact]
    public async Task Create_personal_conversation_sends_bot_member_and_tenant_in_both_places()
    {
        await using var host = await ConnectorTestHost.StartAsync(pathBase: "");
        var parameters = PersonalConversation.Parameters(ConnectorTestHost.AppId, "29:user-1", ConnectorTestHost.TenantId);

        var result = await host.Client.CreateConversationAsync(host.Connector.ServiceUrl.TrimEnd('/'), parameters, Ct);

        var request = Assert.Single(host.Connector.Requests);
        Assert.Equal(("POST", "/v3/conversations"), (request.Method, request.Path));
        var body = request.Body!.Value;
        Assert.False(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal("28:" + ConnectorTestHost.AppId, body.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal("29:user-1", body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal(ConnectorTestHost.TenantId, body.GetProperty("tenantId").GetString());
        Assert.Equal(ConnectorTestHost.TenantId, body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.False(body.TryGetProperty("topicName", out _));
        var sent = Assert.IsType<ConnectorResult.Sent>(result);
        Assert.StartsWith("a:", sent.Id);
    }

    [Theory]
    [InlineData(403, "BotNotInConversationRoster")]
    [InlineData(404, "ConversationNotFound")]
    public async Task Forbidden_or_not_found_means_recipient_gone_and_is_not_retried(int status, string code)
    {
        await using var host = await ConnectorTestHost.StartAsync();
        host.Connector.Enqueue(FakeConnectorResponse.Error(status, code));

        var result = await host.Client.SendToConversationAsync(host.Reference(), Message("Hello"), Ct);

        Assert.Equal(new ConnectorResult.RecipientGone(status, code), result);
        Assert.Single(host.Connector.Requests);
    }

    [Theory]
    [InlineData(400, false)]
    [InlineData(413, false)]
    [InlineData(500, true)]
    public async Task Other_errors_are_failures_sent_once_and_classified_as_transient_or_final(int status, bool transient)
    {
        await using var host = await ConnectorTestHost.StartAsync();
        host.Connector.Enqueue(FakeConnectorResponse.Error(status, "Scripted"));

        var result = await host.Client.SendToConversationAsync(host.Reference(), Message("Hello"), Ct);

        Assert.Equal(new ConnectorResult.Failed(status, "Scripted", transient), result);
        Assert.Single(host.Connector.Requests);
    }

    [Theory]
    [InlineData("https://evil.example.com/amer/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("not a url")]
    public async Task Untrusted_serviceUrl_is_never_called_and_fails_finally(string serviceUrl)
    {
        await using var host = await ConnectorTestHost.StartAsync();
        var reference = host.Reference() with { ServiceUrl = serviceUrl };

        var result = await host.Client.SendToConversationAsync(reference, Message("Hello"), Ct);

        Assert.Equal(new ConnectorResult.Failed(null, "UntrustedServiceUrl", false), result);
        Assert.Empty(host.Connector.Requests);
        Assert.Empty(host.Tokens.Requests);
    }

    [Fact]
    public async Task Activity_json_is_camel_case_and_keeps_unknown_fields()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        var activity = JsonSerializer.Deserialize<Activity>("""{"type":"message","text":"x","summary":"kept","textFormat":"markdown"}""", BotJson.Options)!;

        await host.Client.SendToConversationAsync(host.Reference(), activity, Ct);

        var request = host.Connector.Requests.Single();
        Assert.Equal("kept", request.BodyString("summary"));
        Assert.Equal("markdown", request.BodyString("textFormat"));
    }

    [Fact]
    public async Task Refusals_log_status_code_and_correlating_operation_id_but_never_the_message_text()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        host.Connector.Enqueue(FakeConnectorResponse.Error(403, "BotNotInConversationRoster"));

        await host.Client.SendToConversationAsync(host.Reference(), Message("Case 1234: Jane Doe"), Ct);

        Assert.Contains(host.Logs.Lines, l => l.Contains("403") && l.Contains("BotNotInConversationRoster") && l.Contains("fake-op-1"));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("Jane Doe") || l.Contains("a:1Xk"));
    }
}

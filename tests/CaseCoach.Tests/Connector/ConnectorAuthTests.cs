using CaseCoach.Bot.Connector.Http;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Tests.Fakes;
using Xunit;

namespace CaseCoach.Tests.Connector;

public sealed class ConnectorAuthTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Activity Message(string text) => new() { Type = "message", Text = text };

    [Fact]
    public async Task Bearer_token_comes_from_the_tenant_authority_for_the_botframework_scope_and_is_cached()
    {
        await using var host = await ConnectorTestHost.StartAsync();

        await host.Client.SendToConversationAsync(host.Reference(), Message("one"), Ct);
        await host.Client.SendToConversationAsync(host.Reference(), Message("two"), Ct);

        var token = Assert.Single(host.Tokens.Requests);
        Assert.Equal($"/{ConnectorTestHost.TenantId}/oauth2/v2.0/token", token.Path);
        Assert.Equal(("client_credentials", ConnectorTestHost.AppId), (token.GrantType, token.ClientId));
        Assert.Equal("https://api.botframework.com/.default", token.Scope);
        Assert.All(host.Connector.Requests, r => Assert.Equal("Bearer token-1", r.Authorization));
        Assert.Equal(2, host.Connector.Requests.Count);
    }

    [Fact]
    public async Task Multi_tenant_bot_gets_its_token_from_the_botframework_com_tenant()
    {
        await using var host = await ConnectorTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppTenantId"] = null,
        });

        await host.Client.SendToConversationAsync(host.Reference(), Message("one"), Ct);

        Assert.Equal("/botframework.com/oauth2/v2.0/token", Assert.Single(host.Tokens.Requests).Path);
    }

    [Fact]
    public async Task ConnectorAuth_Authority_overrides_the_default_authority()
    {
        await using var host = await ConnectorTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectorAuth:Authority"] = "https://login.microsoftonline.us/gov-tenant",
        });

        await host.Client.SendToConversationAsync(host.Reference(), Message("one"), Ct);

        Assert.Equal("/gov-tenant/oauth2/v2.0/token", Assert.Single(host.Tokens.Requests).Path);
    }

    [Fact]
    public async Task A_401_fetches_one_fresh_token_and_sends_again_once()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        host.Connector.Enqueue(FakeConnectorResponse.Error(401, "Unauthorized"));

        var result = await host.Client.SendToConversationAsync(host.Reference(), Message("Hello"), Ct);

        Assert.IsType<ConnectorResult.Sent>(result);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], host.Connector.Requests.Select(r => r.Authorization));
        Assert.Equal(2, host.Tokens.Requests.Count);
        Assert.Equal("Hello", host.Connector.Requests[1].BodyString("text"));
    }

    [Fact]
    public async Task A_second_401_after_the_refresh_is_a_final_failure()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        host.Connector.Enqueue(FakeConnectorResponse.Error(401, "Unauthorized"), FakeConnectorResponse.Error(401, "Unauthorized"));

        var result = await host.Client.SendToConversationAsync(host.Reference(), Message("Hello"), Ct);

        Assert.Equal(new ConnectorResult.Failed(401, "Unauthorized", false), result);
        Assert.Equal(2, host.Connector.Requests.Count);
    }

    [Fact]
    public async Task Without_an_app_id_calls_carry_no_authorization_header()
    {
        await using var host = await ConnectorTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = null,
            ["MicrosoftAppPassword"] = null,
        });

        var result = await host.Client.SendToConversationAsync(host.Reference(), Message("Hello"), Ct);

        Assert.IsType<ConnectorResult.Sent>(result);
        Assert.False(host.Connector.Requests.Single().Headers.ContainsKey("Authorization"));
        Assert.Empty(host.Tokens.Requests);
    }

    [Fact]
    public async Task A_refused_secret_is_a_final_failure_without_a_connector_call()
    {
        await using var host = await ConnectorTestHost.StartAsync();
        host.Tokens.RefuseWithStatus = 401;

        var result = await host.Client.SendToConversationAsync(host.Reference(), Message("Hello"), Ct);

        Assert.Equal(new ConnectorResult.Failed(null, "TokenUnavailable", false), result);
        Assert.Single(host.Tokens.Requests);
        Assert.Empty(host.Connector.Requests);
    }
}

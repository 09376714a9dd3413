using CaseCoach.Bot.Connector.Auth;
using CaseCoach.Bot.Connector.Schema;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static CaseCoach.Tests.Auth.AuthTestHost;

namespace CaseCoach.Tests.Auth;

/// <summary>BotAuth:AllowedTenants decides whose authenticated activities are served (the host answers 403 otherwise).</summary>
public sealed class TenantAllowListTests
{
    private const string Contoso = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string Fabrikam = "0d2e4f6a-8b1c-4d3e-9f5a-7b6c5d4e3f2a";

    private static TenantAllowList AllowList(Dictionary<string, string?> settings)
    {
        settings.TryAdd("MicrosoftAppId", AppId);
        using var host = Build("Production", settings);
        return host.Services.GetRequiredService<TenantAllowList>();
    }

    private static Activity From(string? tenantId) => new()
    {
        Type = "message",
        Conversation = new ConversationAccount { Id = "a:1", TenantId = tenantId },
    };

    [Fact]
    public void Empty_allow_list_allows_every_tenant()
    {
        var allowList = AllowList([]);

        Assert.True(allowList.AllowsAll);
        Assert.True(allowList.IsAllowed(From(Contoso)));
        Assert.True(allowList.IsAllowed(From(null)));
    }

    [Fact]
    public void Listed_tenant_is_allowed_in_any_letter_case_and_others_are_not()
    {
        var allowList = AllowList(new() { ["BotAuth:AllowedTenants:0"] = Contoso });

        Assert.True(allowList.IsAllowed(From(Contoso.ToUpperInvariant())));
        Assert.False(allowList.IsAllowed(From(Fabrikam)));
    }

    [Fact]
    public void Activity_without_a_tenant_is_refused_when_a_list_is_set()
    {
        var allowList = AllowList(new() { ["BotAuth:AllowedTenants:0"] = Contoso });

        Assert.False(allowList.IsAllowed(From(null)));
    }

    [Fact]
    public void Tenant_from_channelData_is_used_when_conversation_has_none()
    {
        var allowList = AllowList(new() { ["BotAuth:AllowedTenants:0"] = Contoso });
        var activity = System.Text.Json.JsonSerializer.Deserialize<Activity>(
            $$$$"""{"type":"message","conversation":{"id":"a:1"},"channelData":{"tenant":{"id":"{{{{Contoso}}}}"}}}""", BotJson.Options)!;

        Assert.True(allowList.IsAllowed(activity));
    }

    [Fact]
    public void Single_tenant_app_without_a_list_allows_only_its_own_tenant()
    {
        var allowList = AllowList(new() { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppTenantId"] = Fabrikam });

        Assert.Equal([Fabrikam], allowList.AllowedTenants);
        Assert.True(allowList.IsAllowed(From(Fabrikam)));
        Assert.False(allowList.IsAllowed(From(Contoso)));
    }

    [Fact]
    public void Explicit_list_wins_over_the_single_tenant_default()
    {
        var allowList = AllowList(new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = Fabrikam,
            ["BotAuth:AllowedTenants:0"] = Contoso,
        });

        Assert.True(allowList.IsAllowed(From(Contoso)));
        Assert.False(allowList.IsAllowed(From(Fabrikam)));
    }
}

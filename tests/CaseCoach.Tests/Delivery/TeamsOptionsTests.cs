using CaseCoach.Bot.Teams;
using CaseCoach.Tests.Manifest;

namespace CaseCoach.Tests.Delivery;

/// <summary>Teams:CatalogAppId is checked at start-up with a message naming the key; empty means proactive installation is off.</summary>
public sealed class TeamsOptionsTests
{
    private static readonly Microsoft.Extensions.Configuration.IConfiguration Bot =
        CliRun.Configuration(("MicrosoftAppId", "5b0f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"), ("MicrosoftAppTenantId", "a1b2c3d4-0000-4000-8000-000000000000"));

    [Fact]
    public void Not_a_GUID_is_refused_naming_the_key()
    {
        var result = new TeamsOptionsValidator(Bot).Validate(null, new TeamsOptions { CatalogAppId = "com.example.casecoach" });

        Assert.True(result.Failed);
        Assert.Contains("Teams:CatalogAppId", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_bots_identity_installation_is_refused_naming_the_missing_key()
    {
        var result = new TeamsOptionsValidator(CliRun.Configuration()).Validate(null, new TeamsOptions { CatalogAppId = Guid.NewGuid().ToString() });

        Assert.True(result.Failed);
        Assert.Contains("MicrosoftAppId", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_is_valid_and_turns_proactive_installation_off()
    {
        var options = new TeamsOptions();

        Assert.True(new TeamsOptionsValidator(CliRun.Configuration()).Validate(null, options).Succeeded);
        Assert.False(options.InstallsProactively);
    }

    [Fact]
    public void A_plain_http_service_url_is_refused_unless_loopback()
    {
        var options = new TeamsOptions { CatalogAppId = Guid.NewGuid().ToString(), ServiceUrl = "http://smba.example.net/teams/" };

        Assert.Contains("Teams:ServiceUrl", new TeamsOptionsValidator(Bot).Validate(null, options).FailureMessage, StringComparison.Ordinal);
    }
}

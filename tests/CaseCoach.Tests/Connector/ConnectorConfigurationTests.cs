using CaseCoach.Bot.Connector.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace CaseCoach.Tests.Connector;

public sealed class ConnectorConfigurationTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/teams/", true)]
    [InlineData("https://europe.webchat.botframework.com/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams", true)]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/teams", true)]
    [InlineData("http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("https://botframework.com.evil.example/", false)]
    [InlineData("http://127.0.0.1:5005/v3/conversations", true)]
    [InlineData("http://127.0.0.1:5006/", false)]
    [InlineData("http://localhost:61234/", true)]
    [InlineData("https://localhost:61234/", false)]
    public void Token_goes_only_to_Microsoft_https_hosts_and_listed_origins(string url, bool trusted)
    {
        var options = Options.Create(new TrustedServiceUrlOptions { TrustedServiceUrls = ["http://127.0.0.1:5005", "http://localhost"] });

        Assert.Equal(trusted, new TrustedServiceUrls(options).IsTrusted(new Uri(url)));
    }

    [Theory]
    [InlineData("SingleTenant", "app", "secret", "tenant", null)]
    [InlineData("MultiTenant", "app", "secret", null, null)]
    [InlineData("SingleTenant", null, null, null, null)]
    [InlineData("SingleTenant", "app", "secret", null, "MicrosoftAppTenantId")]
    [InlineData("", "app", "secret", null, "MicrosoftAppType=MultiTenant")]
    [InlineData("SingleTenant", "app", null, "tenant", "MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", "app", null, "tenant", "UserAssignedMSI is not supported")]
    [InlineData("Federated", "app", "secret", "tenant", "SingleTenant (default) or MultiTenant")]
    public void Credentials_are_checked_at_start_with_a_message_naming_the_setting(
        string appType, string? appId, string? password, string? tenant, string? expectedMessage)
    {
        using var services = Build(new()
        {
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
        });

        if (expectedMessage is null)
        {
            Assert.NotNull(services.GetRequiredService<IOptions<BotCredentialsOptions>>().Value);
            return;
        }

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotCredentialsOptions>>().Value);
        Assert.Contains(expectedMessage, error.Message);
    }

    [Fact]
    public void Trusted_service_urls_must_be_absolute_http_urls()
    {
        using var services = Build(new() { ["BotAuth:TrustedServiceUrls:0"] = "127.0.0.1:5005" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TrustedServiceUrlOptions>>().Value);
        Assert.Contains("BotAuth:TrustedServiceUrls", error.Message);
    }

    [Fact]
    public void Retry_settings_out_of_range_are_refused_naming_the_key()
    {
        using var services = Build(new() { ["Connector:MaxRetries"] = "50" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ConnectorOptions>>().Value);
        Assert.Contains("Connector:MaxRetries", error.Message);
    }

    [Fact]
    public void Authority_override_must_be_https()
    {
        using var services = Build(new() { ["ConnectorAuth:Authority"] = "http://127.0.0.1:5005/tenant" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ConnectorAuthOptions>>().Value);
        Assert.Contains("ConnectorAuth:Authority", error.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddConnectorClient(configuration).BuildServiceProvider();
    }
}

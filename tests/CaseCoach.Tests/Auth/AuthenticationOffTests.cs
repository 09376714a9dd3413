using CaseCoach.Bot.Connector.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;
using static CaseCoach.Tests.Auth.AuthTestHost;

namespace CaseCoach.Tests.Auth;

/// <summary>No MicrosoftAppId: anonymous in Development only, refusal to start anywhere else (bot-protocol.md §1.8).</summary>
public sealed class AuthenticationOffTests
{
    private const string AppIdRequired =
        "MicrosoftAppId is required outside Development: set MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId (see README, Deploy to a tenant)";

    private static readonly Dictionary<string, string?> NoAppId = new() { ["MicrosoftAppId"] = null };

    [Fact]
    public async Task Without_app_id_in_Development_a_request_without_header_is_anonymous()
    {
        await using var bot = await StartAsync("Development", NoAppId);

        var result = await bot.AuthenticateAsync(header: null);

        Assert.True(result.Succeeded);
        Assert.Equal("anonymous", result.Identity!.AuthenticationType);
        Assert.Empty(result.Identity.Claims);
    }

    [Fact]
    public async Task Without_app_id_in_Development_start_up_warns_once_that_authentication_is_off()
    {
        await using var bot = await StartAsync("Development", NoAppId);
        await bot.AuthenticateAsync(header: null);
        await bot.AuthenticateAsync(header: null);

        var warning = Assert.Single(bot.Logs.Entries, e => e.EventId.Id == 3002);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, warning.Level);
        Assert.Contains("authentication is OFF", warning.Message);
    }

    [Fact]
    public async Task Without_app_id_in_Development_a_request_with_a_token_is_still_refused()
    {
        await using var bot = await StartAsync("Development", NoAppId);

        var result = await bot.AuthenticateTokenAsync(bot.Issuer.CreateToken(AppId, ServiceUrl));

        Assert.False(result.Succeeded);
        Assert.Contains("no MicrosoftAppId is configured", result.FailureReason);
    }

    [Fact]
    public async Task With_app_id_in_Development_a_request_without_header_is_refused()
    {
        await using var bot = await StartAsync("Development");

        var result = await bot.AuthenticateAsync(header: null);

        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Start_up_is_refused_outside_Development_without_app_id(string environment)
    {
        using var host = Build(environment, new Dictionary<string, string?>());

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(AppIdRequired, failure.Failures);
        var resolve = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<BotAuthOptions>>().Value);
        Assert.Equal(AppIdRequired, resolve.Message);
    }

    [Fact]
    public async Task Start_up_without_app_id_is_allowed_in_Development()
    {
        using var host = Build("Development", new Dictionary<string, string?>());

        await host.StartAsync(TestContext.Current.CancellationToken);

        Assert.True(host.Services.GetRequiredService<IOptions<BotAuthOptions>>().Value.IsAuthenticationDisabled);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData("BotAuth:OpenIdMetadataUrl", "http://login.example.com/.well-known/openidconfiguration", "BotAuth:OpenIdMetadataUrl must be an absolute https URL")]
    [InlineData("MicrosoftAppType", "Legacy", "MicrosoftAppType must be")]
    [InlineData("MicrosoftAppType", "SingleTenant", "MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant")]
    public async Task Start_up_is_refused_with_settings_that_say_what_to_fix(string key, string value, string message)
    {
        using var host = Build("Production", new Dictionary<string, string?> { ["MicrosoftAppId"] = AppId, [key] = value });

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(failure.Failures, f => f.StartsWith(message, StringComparison.Ordinal));
    }
}

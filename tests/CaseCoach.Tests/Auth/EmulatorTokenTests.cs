using CaseCoach.Tests.Fakes;
using Xunit;
using static CaseCoach.Tests.Auth.AuthTestHost;

namespace CaseCoach.Tests.Auth;

/// <summary>Bot Framework Emulator tokens: accepted only in Development (bot-protocol.md §1.7).</summary>
public sealed class EmulatorTokenTests
{
    private static string EmulatorToken(LocalTokenIssuer issuer, string version, string claim, string appId = AppId) =>
        issuer.CreateToken(appId, serviceUrl: null, new TokenSpec
        {
            Issuer = LocalTokenIssuer.EmulatorIssuer,
            Claims = new Dictionary<string, object> { ["ver"] = version, [claim] = appId },
        });

    private static Bot.Connector.Schema.Activity EmulatorActivity() => TeamsActivity("http://localhost:56789", "emulator");

    [Theory]
    [InlineData("1.0", "appid")]
    [InlineData("2.0", "azp")]
    public async Task Emulator_token_is_accepted_in_Development(string version, string appIdClaim)
    {
        await using var bot = await StartAsync("Development");

        var result = await bot.AuthenticateTokenAsync(EmulatorToken(bot.Issuer, version, appIdClaim), EmulatorActivity());

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Emulator_token_is_refused_outside_Development(string environment)
    {
        await using var bot = await StartAsync(environment);

        var result = await bot.AuthenticateTokenAsync(EmulatorToken(bot.Issuer, "1.0", "appid"), EmulatorActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("only in the Development environment", result.FailureReason);
    }

    [Fact]
    public async Task Emulator_token_issued_to_another_app_is_refused()
    {
        await using var bot = await StartAsync("Development");

        var token = EmulatorToken(bot.Issuer, "2.0", "azp", appId: Guid.NewGuid().ToString());

        var result = await bot.AuthenticateTokenAsync(token, EmulatorActivity());
        Assert.False(result.Succeeded);
        Assert.Contains("not issued to this bot", result.FailureReason);
    }

    [Fact]
    public async Task Emulator_token_with_an_app_id_in_the_wrong_claim_for_its_version_is_refused()
    {
        await using var bot = await StartAsync("Development");

        var result = await bot.AuthenticateTokenAsync(EmulatorToken(bot.Issuer, "2.0", "appid"), EmulatorActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("not issued to this bot", result.FailureReason);
    }

    [Fact]
    public async Task Emulator_token_with_an_unknown_version_is_refused()
    {
        await using var bot = await StartAsync("Development");

        var result = await bot.AuthenticateTokenAsync(EmulatorToken(bot.Issuer, "3.0", "azp"), EmulatorActivity());

        Assert.False(result.Succeeded);
        Assert.Contains("'ver'", result.FailureReason);
    }
}

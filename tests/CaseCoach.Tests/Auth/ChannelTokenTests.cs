using CaseCoach.Tests.Fakes;
using Xunit;
using static CaseCoach.Tests.Auth.AuthTestHost;

namespace CaseCoach.Tests.Auth;

/// <summary>Channel tokens from Azure Bot Service, validated against the local issuer over HTTP (bot-protocol.md §1.3).</summary>
public sealed class ChannelTokenTests : IAsyncLifetime
{
    private AuthTestHost bot = null!;

    public async ValueTask InitializeAsync() => bot = await StartAsync("Production");

    public ValueTask DisposeAsync() => bot.DisposeAsync();

    private string Token(TokenSpec? spec = null, string audience = AppId, string? serviceUrl = ServiceUrl) =>
        bot.Issuer.CreateToken(audience, serviceUrl, spec);

    private static void AssertRefused(Bot.Connector.Auth.BotAuthenticationResult result, string reasonPart)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Identity);
        Assert.Contains(reasonPart, result.FailureReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Valid_channel_token_is_accepted_with_its_claims()
    {
        var result = await bot.AuthenticateTokenAsync(Token());

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(AppId, result.Identity!.FindFirst("aud")?.Value);
        Assert.Equal(ServiceUrl, result.Identity.FindFirst("serviceurl")?.Value);
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task Other_RSA_algorithms_the_SDK_allows_are_accepted(string algorithm)
    {
        var result = await bot.AuthenticateTokenAsync(Token(new TokenSpec { Algorithm = algorithm }));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Expired_token_is_refused()
    {
        var now = bot.Clock.GetUtcNow();
        var token = Token(new TokenSpec { NotBefore = now.AddHours(-2), Expires = now.AddMinutes(-6) });

        AssertRefused(await bot.AuthenticateTokenAsync(token), "expired");
    }

    [Fact]
    public async Task Token_not_yet_valid_is_refused()
    {
        var now = bot.Clock.GetUtcNow();
        var token = Token(new TokenSpec { NotBefore = now.AddMinutes(6), Expires = now.AddHours(1) });

        AssertRefused(await bot.AuthenticateTokenAsync(token), "not valid yet");
    }

    [Fact]
    public async Task Lifetime_within_five_minutes_of_clock_skew_is_accepted()
    {
        var now = bot.Clock.GetUtcNow();
        var expiredWithinSkew = Token(new TokenSpec { NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-4) });
        var startsWithinSkew = Token(new TokenSpec { NotBefore = now.AddMinutes(4), Expires = now.AddHours(1) });

        Assert.True((await bot.AuthenticateTokenAsync(expiredWithinSkew)).Succeeded);
        Assert.True((await bot.AuthenticateTokenAsync(startsWithinSkew)).Succeeded);
    }

    [Fact]
    public async Task Token_for_another_audience_is_refused()
    {
        AssertRefused(await bot.AuthenticateTokenAsync(Token(audience: Guid.NewGuid().ToString())), "audience");
    }

    [Fact]
    public async Task Token_from_another_issuer_is_refused()
    {
        var token = Token(new TokenSpec { Issuer = "https://api.botframework.com.evil.example" });

        AssertRefused(await bot.AuthenticateTokenAsync(token), "issuer");
    }

    [Fact]
    public async Task Token_signed_by_an_unpublished_key_is_refused_and_the_keys_are_refetched()
    {
        Assert.True((await bot.AuthenticateTokenAsync(Token())).Succeeded);
        var fetchesBefore = bot.Issuer.KeySetRequests;

        AssertRefused(await bot.AuthenticateTokenAsync(Token(new TokenSpec { Key = IssuerKey.Unknown })), "signing key");

        // The refresh runs in the background; a later request sees the new key set.
        await bot.Issuer.KeySetRequestedAsync(fetchesBefore + 1).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Equal(fetchesBefore + 1, bot.Issuer.KeySetRequests);
    }

    [Fact]
    public async Task Token_with_a_tampered_signature_is_refused()
    {
        AssertRefused(await bot.AuthenticateTokenAsync(Token(new TokenSpec { TamperSignature = true })), "signature");
    }

    [Fact]
    public async Task Unsigned_token_with_alg_none_is_refused()
    {
        AssertRefused(await bot.AuthenticateTokenAsync(Token(new TokenSpec { Algorithm = "none" })), "signature");
    }

    [Fact]
    public async Task Token_whose_serviceurl_differs_from_the_activity_is_refused()
    {
        var token = Token(serviceUrl: "https://smba.trafficmanager.net/emea/");

        AssertRefused(await bot.AuthenticateTokenAsync(token), "serviceUrl");
    }

    [Fact]
    public async Task Token_without_a_serviceurl_claim_is_refused()
    {
        AssertRefused(await bot.AuthenticateTokenAsync(Token(serviceUrl: null)), "serviceurl claim");
    }

    [Fact]
    public async Task Serviceurl_compare_ignores_case_and_a_trailing_slash()
    {
        var token = Token(serviceUrl: "HTTPS://smba.trafficmanager.net/AMER");

        Assert.True((await bot.AuthenticateTokenAsync(token)).Succeeded);
    }

    [Fact]
    public async Task Key_endorsed_only_for_another_channel_is_refused_for_msteams()
    {
        var token = Token(new TokenSpec { Key = IssuerKey.OtherChannel });

        AssertRefused(await bot.AuthenticateTokenAsync(token, TeamsActivity(channelId: "msteams")), "not endorsed");
    }

    [Fact]
    public async Task Key_endorsed_for_outlook_is_accepted_for_an_outlook_activity()
    {
        var result = await bot.AuthenticateTokenAsync(Token(), TeamsActivity(channelId: "outlook"));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task Activity_without_a_channelId_needs_the_Teams_endorsement(string? channelId)
    {
        var otherChannelKey = Token(new TokenSpec { Key = IssuerKey.OtherChannel });

        AssertRefused(await bot.AuthenticateTokenAsync(otherChannelKey, TeamsActivity(channelId: channelId)), "not endorsed");
        var teamsKey = await bot.AuthenticateTokenAsync(Token(), TeamsActivity(channelId: channelId));
        Assert.True(teamsKey.Succeeded, teamsKey.FailureReason);
    }

    [Fact]
    public async Task Key_without_endorsements_is_refused_for_channel_tokens()
    {
        var token = Token(new TokenSpec { Key = IssuerKey.NoEndorsements });

        AssertRefused(await bot.AuthenticateTokenAsync(token), "no endorsements");
    }

    [Fact]
    public async Task Refusal_is_logged_at_warning_with_the_reason_and_without_the_token()
    {
        var token = Token(new TokenSpec { Key = IssuerKey.OtherChannel });

        await bot.AuthenticateTokenAsync(token);

        var refusal = Assert.Single(bot.Logs.Entries, e => e.EventId.Id == 3001);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, refusal.Level);
        Assert.Contains("not endorsed for the activity's channel", refusal.Message);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Message.Contains(token.Split('.')[1], StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Message.Contains(AppId, StringComparison.OrdinalIgnoreCase));
    }
}

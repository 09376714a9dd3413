using CaseCoach.Bot.Connector.Auth;
using CaseCoach.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Xunit;
using static CaseCoach.Tests.Auth.AuthTestHost;

namespace CaseCoach.Tests.Auth;

/// <summary>
/// A validated channel token is remembered until it expires (issue 14: the Connector reuses one token for many
/// requests), but never stands in for another token, never outlives its expiry, and never skips the per-request checks.
/// </summary>
public sealed class ValidatedTokenCacheTests : IAsyncLifetime
{
    private AuthTestHost bot = null!;

    public async ValueTask InitializeAsync() => bot = await StartAsync("Production");

    public ValueTask DisposeAsync() => bot.DisposeAsync();

    [Fact]
    public async Task A_token_accepted_once_is_refused_after_it_expires()
    {
        var now = bot.Clock.GetUtcNow();
        var token = bot.Issuer.CreateToken(AppId, ServiceUrl, new TokenSpec { NotBefore = now.AddMinutes(-1), Expires = now.AddMinutes(10) });
        Assert.True((await bot.AuthenticateTokenAsync(token)).Succeeded);

        bot.Clock.Advance(TimeSpan.FromMinutes(16)); // past its expiry and the 5 minutes of skew

        var later = await bot.AuthenticateTokenAsync(token);
        Assert.False(later.Succeeded);
        Assert.Contains("expired", later.FailureReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_token_differing_from_an_accepted_one_only_in_its_signature_is_refused()
    {
        var token = bot.Issuer.CreateToken(AppId, ServiceUrl);
        Assert.True((await bot.AuthenticateTokenAsync(token)).Succeeded);
        var forged = token[..^2] + (token[^2] == 'A' ? "BA" : "AA");

        var result = await bot.AuthenticateTokenAsync(forged);

        Assert.False(result.Succeeded);
        Assert.Contains("signature", result.FailureReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_accepted_token_is_still_refused_for_an_activity_from_another_service_url()
    {
        var token = bot.Issuer.CreateToken(AppId, ServiceUrl);
        Assert.True((await bot.AuthenticateTokenAsync(token)).Succeeded);

        var result = await bot.AuthenticateTokenAsync(token, TeamsActivity("https://smba.trafficmanager.net/emea/"));

        Assert.False(result.Succeeded);
        Assert.Contains("serviceUrl", result.FailureReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_cache_holds_at_most_its_capacity_however_many_tokens_arrive()
    {
        var clock = new FakeTimeProvider(bot.Clock.GetUtcNow());
        var cache = new ValidatedTokenCache(new TokenClock(clock));
        var token = new JsonWebToken(bot.Issuer.CreateToken(AppId, ServiceUrl));

        for (var i = 0; i < ValidatedTokenCache.Capacity * 2 + 7; i++)
            cache.Add(ValidatedTokenCache.KeyOf("token-" + i, "https://metadata.example", "issuer", AppId), token, new());

        Assert.InRange(cache.Count, 1, ValidatedTokenCache.Capacity);
    }
}

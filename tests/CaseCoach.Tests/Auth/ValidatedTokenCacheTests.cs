using CaseCoach.Bot.Connector.Auth;
using CaseCoach.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
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

    [Fact]
    public async Task After_more_tokens_than_its_capacity_the_cache_stays_bounded_and_a_new_token_is_accepted_on_every_request()
    {
        var cache = bot.Host.Services.GetRequiredService<ValidatedTokenCache>();
        var filler = new JsonWebToken(bot.Issuer.CreateToken(AppId, ServiceUrl));
        for (var i = 0; i < ValidatedTokenCache.Capacity + 100; i++)
            cache.Add(ValidatedTokenCache.KeyOf("token-" + i, "https://metadata.example", "issuer", AppId), filler, new());
        var token = bot.Issuer.CreateToken(AppId, ServiceUrl);

        // A full cache may refuse the entry while it compacts in the background: then the second request is validated
        // afresh. Either way both are accepted, and the cache never holds more than its capacity.
        Assert.True((await bot.AuthenticateTokenAsync(token)).Succeeded);
        Assert.True((await bot.AuthenticateTokenAsync(token)).Succeeded);
        Assert.InRange(cache.Count, 1, ValidatedTokenCache.Capacity);
    }

    [Fact]
    public void An_entry_is_dropped_once_the_token_clock_passes_its_expiry()
    {
        var clock = new FakeTimeProvider(bot.Clock.GetUtcNow());
        using var cache = new ValidatedTokenCache(new TokenClock(clock));
        var now = clock.GetUtcNow();
        var token = new JsonWebToken(bot.Issuer.CreateToken(AppId, ServiceUrl, new TokenSpec { NotBefore = now.AddMinutes(-1), Expires = now.AddMinutes(10) }));
        var key = ValidatedTokenCache.KeyOf("token", "https://metadata.example", "issuer", AppId);
        cache.Add(key, token, new());
        Assert.True(cache.TryGet(key, out var served, out _));
        Assert.Same(token, served);

        clock.Advance(TimeSpan.FromMinutes(10));

        Assert.False(cache.TryGet(key, out _, out _));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void The_cache_is_disposed_with_the_host()
    {
        var host = Build("Production", bot.Issuer.BotSettings(AppId));
        var cache = host.Services.GetRequiredService<ValidatedTokenCache>();

        host.Dispose();

        Assert.Throws<ObjectDisposedException>(() => cache.TryGet("key", out _, out _));
    }
}

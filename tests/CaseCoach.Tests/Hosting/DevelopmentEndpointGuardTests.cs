using System.Net;
using System.Net.Http.Json;
using CaseCoach.Bot.Hosting;
using CaseCoach.Tests.Fakes;

namespace CaseCoach.Tests.Hosting;

/// <summary>
/// With authentication on, the Development endpoints are not a way round it, and moving the bot's clock
/// never moves the clock tokens are checked against (reliability issue, authentication item).
/// </summary>
public class DevelopmentEndpointGuardTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_authentication_on_the_Development_endpoints_refuse_a_caller_without_the_Development_token()
    {
        await using var channel = await TestChannel.StartAsync();
        using var stranger = channel.Bot.CreateClient();
        using var wrong = channel.Bot.CreateClient();
        wrong.DefaultRequestHeaders.Add(DevelopmentEndpointOptions.HeaderName, "not-the-development-token");

        using var noToken = await stranger.PostAsync("/api/dev/sweep", null, Ct);
        using var wrongToken = await wrong.PostAsJsonAsync("/api/dev/clock", new { now = "2027-01-04T09:00:00-05:00" }, Ct);
        using var signIn = await stranger.GetAsync("/dev/sign-in?as=anyone", Ct);
        using var withToken = await channel.Http.PostAsync("/api/dev/sweep", null, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
        Assert.Contains(DevelopmentEndpointOptions.HeaderName, await noToken.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
    }

    [Fact]
    public async Task With_authentication_on_and_no_Development_token_set_the_Development_endpoints_are_closed()
    {
        await using var channel = await TestChannel.StartAsync(new Dictionary<string, string?> { ["Development:Token"] = null });

        using var response = await channel.Http.PostAsync("/api/dev/sweep", null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Development:Token", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-1)]
    public async Task Moving_the_bots_clock_a_day_leaves_a_token_valid_now_valid(int days)
    {
        await using var channel = await TestChannel.StartAsync();
        using (var moved = await channel.Http.PostAsJsonAsync("/api/dev/clock", new { now = DateTimeOffset.UtcNow.AddDays(days).ToString("O") }, Ct))
            moved.EnsureSuccessStatusCode();

        using var response = await channel.SendAsync(channel.Activities.Message(TestPerson.Named("Dana"), "help"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Moving_the_bots_clock_back_does_not_revive_an_expired_token()
    {
        await using var channel = await TestChannel.StartAsync();
        var now = DateTimeOffset.UtcNow;
        var expired = channel.Issuer.CreateToken(TestChannel.AppId, channel.Activities.ServiceUrl,
            new TokenSpec { NotBefore = now.AddHours(-3), Expires = now.AddHours(-1) });
        using (var moved = await channel.Http.PostAsJsonAsync("/api/dev/clock", new { now = now.AddHours(-2).ToString("O") }, Ct))
            moved.EnsureSuccessStatusCode();

        using var response = await channel.SendAsync(channel.Activities.Message(TestPerson.Named("Dana"), "help"), "Bearer " + expired);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void A_Development_token_shorter_than_16_characters_is_refused_naming_the_key()
    {
        var result = new DevelopmentEndpointOptionsValidator().Validate(null, new DevelopmentEndpointOptions { Token = "short" });

        Assert.True(result.Failed);
        Assert.Contains("Development:Token", result.FailureMessage, StringComparison.Ordinal);
    }
}

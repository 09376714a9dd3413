using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseCoach.Tests.Fakes;
using CaseCoach.Tests.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.Hosting;

/// <summary>
/// Plays Azure Bot Service for one test: activities go to the real bot over HTTP with real tokens
/// from a local issuer, and what the bot sends back lands in a loopback fake Connector.
/// </summary>
public sealed class TestChannel : IAsyncDisposable
{
    public const string AppId = "5b0f6a3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b";

    /// <summary>Authentication is on, so the Development endpoints need it (sent on every request of <see cref="Http"/>).</summary>
    public const string DevelopmentToken = "test-development-token-0123456789";

    private TestChannel(BotApplication bot, LocalTokenIssuer issuer, FakeConnector connector)
    {
        Bot = bot;
        Issuer = issuer;
        Connector = connector;
        Http = bot.CreateClient();
        Http.DefaultRequestHeaders.Add(CaseCoach.Bot.Hosting.DevelopmentEndpointOptions.HeaderName, DevelopmentToken);
        Activities = new Activities(connector.ServiceUrl);
    }

    public BotApplication Bot { get; }
    public LocalTokenIssuer Issuer { get; }
    public FakeConnector Connector { get; }
    public HttpClient Http { get; }
    public Activities Activities { get; }

    public static async Task<TestChannel> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, string environment = "Development", Action<IServiceCollection>? services = null,
        TestDatabase? database = null)
    {
        var tokenClock = new FollowingClock();
        var issuer = await LocalTokenIssuer.StartAsync(tokenClock);
        var connector = await FakeConnector.StartAsync("/amer");
        var all = new Dictionary<string, string?>(issuer.BotSettings(AppId))
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
            ["MicrosoftAppTenantId"] = Activities.DefaultTenant,
            ["BotAuth:TrustedServiceUrls:0"] = connector.Origin,
            ["Development:Token"] = DevelopmentToken,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var bot = new BotApplication(all, environment, s =>
        {
            s.AddSingleton<CaseCoach.Bot.Connector.Http.IConnectorTokenProvider, FixedConnectorToken>();
            services?.Invoke(s);
        }, database);
        var channel = new TestChannel(bot, issuer, connector);
        tokenClock.Target = bot.Services.GetRequiredService<CaseCoach.Bot.Connector.Auth.TokenClock>().Time;
        return channel;
    }

    /// <summary>Sends an activity with a valid channel token (or the given Authorization value; "" for none).</summary>
    public Task<HttpResponseMessage> SendAsync(JsonObject activity, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        authorization ??= "Bearer " + Issuer.CreateToken(AppId, activity["serviceUrl"]?.GetValue<string>());
        if (authorization.Length > 0)
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Runs every sweep and delivers the outbox once (Development only).</summary>
    public async Task SweepAsync()
    {
        using var response = await Http.PostAsync("/api/dev/sweep", null, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}

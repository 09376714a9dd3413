using CaseCoach.Bot.Connector.Auth;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CaseCoach.Tests.Auth;

/// <summary>A real generic host with only the bot authentication registered, plus a local issuer sharing its fake clock.</summary>
internal sealed class AuthTestHost : IAsyncDisposable
{
    public const string AppId = "5f7e0a3c-9b1d-4c2e-8f6a-1d2b3c4d5e6f";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private AuthTestHost(LocalTokenIssuer issuer, IHost host, FakeTimeProvider clock, RecordingLoggerProvider logs)
    {
        Logs = logs;
        Issuer = issuer;
        Host = host;
        Clock = clock;
    }

    public LocalTokenIssuer Issuer { get; }
    public IHost Host { get; }
    public FakeTimeProvider Clock { get; }
    public RecordingLoggerProvider Logs { get; }
    public IBotRequestAuthenticator Authenticator => Host.Services.GetRequiredService<IBotRequestAuthenticator>();

    /// <param name="settings">Applied over the issuer's settings for <see cref="AppId"/>; a null value removes a key.</param>
    public static async Task<AuthTestHost> StartAsync(string environment, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 14, 0, 0, TimeSpan.Zero));
        var issuer = await LocalTokenIssuer.StartAsync(clock);
        var merged = issuer.BotSettings(AppId);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            merged[key] = value;
        }

        var logs = new RecordingLoggerProvider();
        var host = Build(environment, merged, clock, logs);
        await host.StartAsync(TestContext.Current.CancellationToken);
        return new AuthTestHost(issuer, host, clock, logs);
    }

    public static IHost Build(
        string environment, IReadOnlyDictionary<string, string?> settings, TimeProvider? clock = null, ILoggerProvider? logs = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(
            new HostApplicationBuilderSettings { EnvironmentName = environment, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
            builder.Services.AddSingleton(new TokenClock(clock));
        }

        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.Services.AddBotAuthentication(builder.Configuration);
        return builder.Build();
    }

    public Task<BotAuthenticationResult> AuthenticateAsync(string? header, Activity? activity = null) =>
        Authenticator.AuthenticateAsync(header, activity ?? TeamsActivity(), TestContext.Current.CancellationToken);

    public Task<BotAuthenticationResult> AuthenticateTokenAsync(string token, Activity? activity = null) =>
        AuthenticateAsync($"Bearer {token}", activity);

    public static Activity TeamsActivity(string serviceUrl = ServiceUrl, string? channelId = "msteams") => new()
    {
        Type = "message",
        Id = "1485983408511",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount { Id = "a:17I0kl9EkpE1O9PH5TW", TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47" },
        Text = "hello",
    };

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync(CancellationToken.None);
        Host.Dispose();
        await Issuer.DisposeAsync();
    }
}

using CaseCoach.Bot.Connector.Http;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Core.Outbox;
using CaseCoach.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Tests.Connector;

/// <summary>
/// The real Connector client wiring (AddConnectorClient) against a loopback fake Connector and a
/// loopback fake token endpoint reached by real MSAL, with a fake clock for retry delays.
/// </summary>
public sealed class ConnectorTestHost : IAsyncDisposable
{
    public const string AppId = "0b0b0b0b-0000-4000-8000-00000000b0b0";
    public const string TenantId = "7e7e7e7e-0000-4000-8000-000000007e7e";

    private readonly ServiceProvider services;

    private ConnectorTestHost(FakeConnector connector, FakeTokenEndpoint tokens, CapturingLoggerProvider logs, ServiceProvider services)
    {
        Connector = connector;
        Tokens = tokens;
        Logs = logs;
        this.services = services;
    }

    public FakeConnector Connector { get; }
    public FakeTokenEndpoint Tokens { get; }
    public CapturingLoggerProvider Logs { get; }
    public SignallingTimeProvider Time => (SignallingTimeProvider)services.GetRequiredService<TimeProvider>();
    public IConversationClient Client => services.GetRequiredService<IConversationClient>();
    public IOutboxDeliverer Deliverer(string kind) => services.GetServices<IOutboxDeliverer>().Single(d => d.Kind == kind);

    /// <summary>A personal-chat reference whose ids contain the characters Teams ids carry (':', '@', ';', '=').</summary>
    public ConversationReference Reference(string conversationId = "a:1Xk@thread;messageid=7") =>
        new(Connector.ServiceUrl, conversationId, "msteams", TenantId, "28:" + AppId, "29:user-1", "aad-user-1", "personal");

    public static async Task<ConnectorTestHost> StartAsync(IDictionary<string, string?>? settings = null, string pathBase = "amer/")
    {
        var connector = await FakeConnector.StartAsync(pathBase);
        var tokens = await FakeTokenEndpoint.StartAsync();
        var values = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-secret",
            ["MicrosoftAppTenantId"] = TenantId,
            ["BotAuth:TrustedServiceUrls:0"] = connector.Origin,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var logs = new CapturingLoggerProvider();
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs))
            .AddSingleton<TimeProvider>(new SignallingTimeProvider())
            .AddConnectorClient(configuration);
        collection.AddHttpClient(MsalHttpClientFactory.ClientName)
            .ConfigurePrimaryHttpMessageHandler(() => new RedirectToLoopbackHandler(tokens.BaseUri));
        return new ConnectorTestHost(connector, tokens, logs, collection.BuildServiceProvider(validateScopes: true));
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Connector.DisposeAsync();
        await Tokens.DisposeAsync();
    }
}

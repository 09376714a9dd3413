using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using SdkGraphClientFactory = Microsoft.Graph.GraphClientFactory;

namespace CaseCoach.Bot.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GraphClientFactory"/>, the MSAL token provider and the "Graph" HttpClient.
    /// Safe to call from every adapter that talks to Graph (mail, calendar): registration happens once.
    /// </summary>
    public static IServiceCollection AddCaseCoachGraph(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(GraphClientFactory)))
        {
            return services;
        }

        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>());
        // The app registration lives at the configuration root under the Bot Framework SDK's key names.
        services.AddOptions<GraphAppCredentials>().Configure(credentials => configuration.Bind(credentials));

        services.TryAddSingleton<IGraphAccessTokenProvider, MsalGraphAccessTokenProvider>();
        services.TryAddSingleton<GraphClientFactory>();

        services.AddHttpClient(GraphClientFactory.HttpClientName)
            // The SDK's handler expects redirects to reach it (it strips the token across hosts), so the
            // primary handler must not follow them itself.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .ConfigureAdditionalHttpMessageHandlers((handlers, _) =>
            {
                // The SDK's RetryHandler is left out: the outbox owns retries. It persists the next attempt,
                // honours Retry-After across restarts and instances, and does not hold a claimed row (or a
                // sweep) for the minutes an in-process retry loop can take.
                foreach (var handler in SdkGraphClientFactory.CreateDefaultHandlers().Where(h => h is not RetryHandler))
                {
                    handlers.Add(handler);
                }
            });
        return services;
    }
}

using CaseCoach.Core.Outbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace CaseCoach.Bot.Connector.Http;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers the outbound Bot Connector client (<see cref="IConversationClient"/>), its MSAL token
    /// provider, the trusted-serviceUrl check and the "teams.message" / "teams.update" outbox deliverers.
    /// Reads MicrosoftAppType/Id/Password/TenantId at the configuration root and the sections
    /// "Connector", "ConnectorAuth" and "BotAuth" (TrustedServiceUrls).
    /// </summary>
    public static IServiceCollection AddConnectorClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<BotCredentialsOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotCredentialsOptions>, BotCredentialsValidator>();
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConnectorAuthOptions>().BindConfiguration(ConnectorAuthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TrustedServiceUrlOptions>().BindConfiguration(TrustedServiceUrlOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrustedServiceUrlOptions>, TrustedServiceUrlOptionsValidator>();

        services.AddSingleton<TrustedServiceUrls>();
        services.AddHttpClient(MsalHttpClientFactory.ClientName);
        services.AddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.AddSingleton<IConnectorTokenProvider, MsalConnectorTokenProvider>();

        services.AddTransient<ConnectorAuthHandler>();
        services.TryAddSingleton<ConnectorPacer>();
        services.AddTransient<ConnectorPacingHandler>();
        // Handlers run outer to inner in the order added: retries wrap the token handler, so every
        // attempt carries a current token and a 401 refresh happens inside one attempt.
        var connector = services.AddHttpClient<IConversationClient, ConversationClient>((sp, http) =>
            http.Timeout = sp.GetRequiredService<IOptions<ConnectorOptions>>().Value.Timeout);
        connector.AddResilienceHandler(ConnectorRetryPolicy.PipelineName, ConnectorRetryPolicy.Configure);
        // Inside the retries: every attempt is paced to Teams' limits (Outbox:PerConversationPerSecond etc.).
        connector.AddHttpMessageHandler<ConnectorPacingHandler>();
        connector.AddHttpMessageHandler<ConnectorAuthHandler>();

        services.AddTransient<IOutboxDeliverer, TeamsMessageDeliverer>();
        services.AddTransient<IOutboxDeliverer, TeamsUpdateDeliverer>();
        return services;
    }
}

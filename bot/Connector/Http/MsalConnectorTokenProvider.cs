using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace CaseCoach.Bot.Connector.Http;

/// <summary>
/// Client-credential tokens for the Connector from one MSAL confidential client for the process
/// lifetime: MSAL's in-memory app token cache returns the same token until shortly before it expires.
/// </summary>
internal sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    public const string Scope = "https://api.botframework.com/.default";
    private const string LoginInstance = "https://login.microsoftonline.com/";
    private const string MultiTenantChannelAuthTenant = "botframework.com";

    private static readonly string[] Scopes = [Scope];
    private readonly IConfidentialClientApplication? app;
    private readonly ILogger<MsalConnectorTokenProvider> logger;

    public MsalConnectorTokenProvider(
        IOptions<BotCredentialsOptions> credentials,
        IOptions<ConnectorAuthOptions> authOptions,
        IMsalHttpClientFactory httpClientFactory,
        ILogger<MsalConnectorTokenProvider> logger)
    {
        this.logger = logger;
        var bot = credentials.Value;
        if (!bot.AuthenticationEnabled)
        {
            return;
        }

        // Instance discovery is off because the authority comes from configuration we trust; it
        // would otherwise add a metadata round trip that sovereign-cloud overrides do not need.
        app = ConfidentialClientApplicationBuilder.Create(bot.MicrosoftAppId)
            .WithClientSecret(bot.MicrosoftAppPassword)
            .WithAuthority(authOptions.Value.Authority ?? DefaultAuthority(bot))
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }

    public static string DefaultAuthority(BotCredentialsOptions bot) =>
        LoginInstance + (bot.IsType(BotCredentialsOptions.MultiTenant) ? MultiTenantChannelAuthTenant : bot.MicrosoftAppTenantId);

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (app is null)
        {
            return null;
        }

        try
        {
            var result = await app.AcquireTokenForClient(Scopes)
                .WithForceRefresh(forceRefresh)
                .ExecuteAsync(cancellationToken);
            Log.TokenAcquired(logger, result.AuthenticationResultMetadata.TokenSource.ToString(), forceRefresh);
            return result.AccessToken;
        }
        catch (MsalServiceException e)
        {
            // 400/401 from Entra mean wrong app id, secret or tenant: retrying cannot help.
            var transient = e.StatusCode is not (400 or 401);
            Log.TokenRefused(logger, e.StatusCode, e.ErrorCode);
            throw new ConnectorTokenUnavailableException($"Entra ID refused the bot's token request ({e.ErrorCode}).", transient, e);
        }
        catch (MsalClientException e)
        {
            Log.TokenRefused(logger, 0, e.ErrorCode);
            throw new ConnectorTokenUnavailableException($"MSAL could not obtain the bot's token ({e.ErrorCode}).", isTransient: true, e);
        }
    }
}

/// <summary>Lets MSAL use a named client from IHttpClientFactory, so tests can route it to a loopback fake.</summary>
internal sealed class MsalHttpClientFactory(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string ClientName = "CaseCoach.ConnectorToken";

    public HttpClient GetHttpClient() => factory.CreateClient(ClientName);
}

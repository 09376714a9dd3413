using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CaseCoach.Bot.Graph;

/// <summary>
/// App-only Graph tokens from MSAL client credentials. A singleton: MSAL keeps the token in the
/// application's cache and renews it shortly before it expires.
/// </summary>
internal sealed class MsalGraphAccessTokenProvider : IGraphAccessTokenProvider
{
    private static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    private readonly Lazy<IConfidentialClientApplication> application;

    public MsalGraphAccessTokenProvider(IOptions<GraphAppCredentials> credentials, IOptions<GraphOptions> graph)
    {
        var graphHost = new Uri(graph.Value.BaseUrl).Host;
        // Tokens go only to the configured Graph host, never to a host a redirect points at.
        AllowedHostsValidator = new AllowedHostsValidator([graphHost]);
        application = new Lazy<IConfidentialClientApplication>(() => Build(credentials.Value));
    }

    public AllowedHostsValidator AllowedHostsValidator { get; }

    public async Task<string> GetAuthorizationTokenAsync(
        Uri uri, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        if (!AllowedHostsValidator.IsUrlHostValid(uri))
        {
            return string.Empty;
        }

        var result = await application.Value.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    private static IConfidentialClientApplication Build(GraphAppCredentials credentials)
    {
        var missing = credentials.MissingKeys().ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"Graph needs the bot's app registration: set {string.Join(", ", missing)}.");
        }

        return ConfidentialClientApplicationBuilder.Create(credentials.MicrosoftAppId)
            .WithClientSecret(credentials.MicrosoftAppPassword)
            .WithAuthority($"https://login.microsoftonline.com/{credentials.MicrosoftAppTenantId}")
            .Build();
    }
}

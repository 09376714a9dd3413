using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace CaseCoach.Bot.Connector.Auth;

/// <summary>
/// One shared <see cref="ConfigurationManager{T}"/> per metadata URL, so the OpenID document and its
/// jwks are fetched once and refreshed in the background, as the SDK does (bot-protocol.md §1.6).
/// </summary>
internal sealed class OpenIdMetadataCache
{
    /// <summary>The docs ask for a refresh at least every 24 hours; IdentityModel's default is 12.</summary>
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(12);

    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> managers = new(StringComparer.Ordinal);

    public ConfigurationManager<OpenIdConnectConfiguration> For(string metadataUrl) =>
        managers.GetOrAdd(metadataUrl, static url => new ConfigurationManager<OpenIdConnectConfiguration>(
            url,
            new OpenIdConnectConfigurationRetriever(),
            // A local test issuer serves plain http on loopback; the options validator refuses any other http URL.
            new HttpDocumentRetriever { RequireHttps = !MetadataUrl.IsLoopbackHttp(url) })
        {
            AutomaticRefreshInterval = AutomaticRefreshInterval,
        });
}

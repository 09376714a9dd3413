using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace CaseCoach.Bot.Graph;

/// <summary>
/// Builds a <see cref="GraphServiceClient"/> on the pooled "Graph" HttpClient, pointed at
/// <c>Graph:BaseUrl</c> and authenticated by <see cref="IGraphAccessTokenProvider"/>. Shared by the
/// mail and calendar adapters; create one client per unit of work (it is cheap, the pool is not rebuilt).
/// </summary>
public sealed class GraphClientFactory(
    IHttpClientFactory httpClients, IGraphAccessTokenProvider tokens, IOptions<GraphOptions> options)
{
    public const string HttpClientName = "Graph";

    public GraphServiceClient Create()
    {
        var authentication = new BaseBearerTokenAuthenticationProvider(tokens);
        return new GraphServiceClient(httpClients.CreateClient(HttpClientName), authentication, options.Value.BaseUrl);
    }
}

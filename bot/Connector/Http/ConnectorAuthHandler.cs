using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Bot.Connector.Http;

/// <summary>
/// Puts the bot's bearer token on each attempt (inside the retry handler, so every retry gets a valid
/// cached token) and, when the Connector answers 401, asks once for a fresh token and sends again:
/// a token revoked or rotated before its expiry should not fail the message.
/// </summary>
internal sealed class ConnectorAuthHandler(IConnectorTokenProvider tokens, TrustedServiceUrls trusted, ILogger<ConnectorAuthHandler> logger)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // The client checks first and never gets here with an untrusted URL; this keeps the token safe
        // if someone sends through this HttpClient directly.
        if (request.RequestUri is not { } uri || !trusted.IsTrusted(uri))
        {
            throw new InvalidOperationException("Refusing to send the bot's token to a serviceUrl that is not trusted (see BotAuth:TrustedServiceUrls).");
        }

        var token = await tokens.GetTokenAsync(forceRefresh: false, cancellationToken);
        if (token is null)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
        {
            return response;
        }

        Log.RefreshingTokenAfter401(logger, uri.Host);
        response.Dispose();
        var fresh = await tokens.GetTokenAsync(forceRefresh: true, cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh);
        return await base.SendAsync(request, cancellationToken);
    }
}

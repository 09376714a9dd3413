using System.Globalization;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Connector.Http;

/// <summary>
/// Paces every attempt through <see cref="ConnectorPacer"/> (inside the retry handler, so retries are paced too):
/// waits for the reserved slot on the TimeProvider, or, when the slot is further away than Connector:MaxRetryAfter,
/// answers 429 itself with that Retry-After, without calling Teams, so the outbox reschedules the row instead of
/// holding a dispatch lane. A 429 or 503 from Teams with Retry-After holds the conversation until then.
/// </summary>
internal sealed class ConnectorPacingHandler(
    ConnectorPacer pacer, TimeProvider time, IOptions<ConnectorOptions> options, ILogger<ConnectorPacingHandler> logger) : DelegatingHandler
{
    /// <summary>Which limits a request counts against; set by <see cref="ConversationClient"/>.</summary>
    public static readonly HttpRequestOptionsKey<PacingKey> Key = new("casecoach.pacing");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(Key, out var key))
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var reservation = pacer.Reserve(key.Tenant, key.Conversation, options.Value.MaxRetryAfter);
        if (reservation.TooLong)
        {
            Log.PacedLater(logger, reservation.Wait);
            return new HttpResponseMessage(HttpStatusCode.TooManyRequests)
            {
                RequestMessage = request,
                Headers = { { "Retry-After", Math.Ceiling(reservation.Wait.TotalSeconds).ToString(CultureInfo.InvariantCulture) } },
            };
        }

        if (reservation.Wait > TimeSpan.Zero)
        {
            await Task.Delay(reservation.Wait, time, cancellationToken);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable
            && ConnectorRetryPolicy.RetryAfter(response, time) is { } retryAfter)
        {
            pacer.Hold(key.Tenant, key.Conversation, retryAfter);
        }

        return response;
    }
}

/// <summary>The app-and-tenant and the conversation a Connector call counts against.</summary>
internal sealed record PacingKey(string? Tenant, string? Conversation);

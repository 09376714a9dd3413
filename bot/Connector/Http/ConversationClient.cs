using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using CaseCoach.Bot.Connector.Schema;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Bot.Connector.Http;

/// <summary>
/// The outbound Connector client: builds v3 requests relative to the conversation's serviceUrl,
/// refuses untrusted serviceUrls before any call, and classifies every answer. Retries (429, 412,
/// 5xx gateway errors) and the bearer token come from the handlers configured in
/// <see cref="ConnectorServiceCollectionExtensions.AddConnectorClient"/>.
/// </summary>
internal sealed class ConversationClient(HttpClient http, TrustedServiceUrls trusted, TimeProvider time, ILogger<ConversationClient> logger)
    : IConversationClient
{
    private const string CorrelationHeader = "X-Correlating-OperationId";
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    public Task<ConnectorResult> SendToConversationAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var body = OutgoingActivity(reference, activity);
        body.Remove("id");
        return CallAsync("send", reference.ServiceUrl, HttpMethod.Post, ActivitiesPath(reference.ConversationId), body, null, null, Paced(reference), cancellationToken);
    }

    public Task<ConnectorResult> ReplyToActivityAsync(ConversationReference reference, string replyToId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrEmpty(replyToId);
        var body = OutgoingActivity(reference, activity);
        body.Remove("id");
        body["replyToId"] = replyToId;
        // The SDK names the conversation in a header on replies; Teams uses it for routing.
        return CallAsync("reply", reference.ServiceUrl, HttpMethod.Post, ActivitiesPath(reference.ConversationId, replyToId), body,
            reference.ConversationId, null, Paced(reference), cancellationToken);
    }

    public Task<ConnectorResult> UpdateActivityAsync(ConversationReference reference, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var body = OutgoingActivity(reference, activity);
        body["id"] = activityId;
        return CallAsync("update", reference.ServiceUrl, HttpMethod.Put, ActivitiesPath(reference.ConversationId, activityId), body,
            null, activityId, Paced(reference), cancellationToken);
    }

    public Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var body = JsonSerializer.SerializeToNode(parameters, BotJson.Options)!.AsObject();
        return CallAsync("create", serviceUrl, HttpMethod.Post, "v3/conversations", body, null, null, new PacingKey(parameters.TenantId, null), cancellationToken);
    }

    private static PacingKey Paced(ConversationReference reference) => new(reference.TenantId, reference.ConversationId);

    internal static string ActivitiesPath(string conversationId, string? activityId = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        return activityId is null ? path : $"{path}/{Uri.EscapeDataString(activityId)}";
    }

    /// <summary>serviceUrl may carry a path (…/amer/), so requests resolve relative to it with a trailing '/'.</summary>
    internal static Uri? ResolveAgainstServiceUrl(string? serviceUrl, string relativePath)
    {
        if (string.IsNullOrWhiteSpace(serviceUrl)
            || !Uri.TryCreate(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute, out var baseUri))
        {
            return null;
        }

        return new Uri(baseUri, relativePath);
    }

    private static JsonObject OutgoingActivity(ConversationReference reference, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var body = JsonSerializer.SerializeToNode(activity, BotJson.Options)!.AsObject();
        body["type"] ??= "message";
        body["conversation"] ??= new JsonObject { ["id"] = reference.ConversationId };
        if (reference.BotId is { Length: > 0 } botId)
        {
            body["from"] ??= new JsonObject { ["id"] = botId };
        }

        return body;
    }

    private async Task<ConnectorResult> CallAsync(
        string operation, string? serviceUrl, HttpMethod method, string relativePath, JsonObject body,
        string? conversationHeader, string? idWhenBodyHasNone, PacingKey pacing, CancellationToken cancellationToken)
    {
        var uri = ResolveAgainstServiceUrl(serviceUrl, relativePath);
        if (uri is null || !trusted.IsTrusted(uri))
        {
            Log.UntrustedServiceUrl(logger, operation, uri?.GetLeftPart(UriPartial.Authority) ?? "(not a URL)");
            return new ConnectorResult.Failed(null, "UntrustedServiceUrl", Transient: false);
        }

        using var request = new HttpRequestMessage(method, uri)
        {
            // Bytes, not a stream, so the retry and 401 handlers can send the same content again.
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, BotJson.Options)) { Headers = { ContentType = JsonContentType } },
        };
        request.Options.Set(ConnectorPacingHandler.Key, pacing);
        if (conversationHeader is not null)
        {
            request.Headers.TryAddWithoutValidation("x-ms-conversation-id", conversationHeader);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return await ClassifyAsync(operation, uri, response, idWhenBodyHasNone, cancellationToken);
        }
        catch (ConnectorTokenUnavailableException e)
        {
            Log.CallFailedWithoutAnswer(logger, operation, uri.Host, "TokenUnavailable");
            return new ConnectorResult.Failed(null, "TokenUnavailable", e.IsTransient);
        }
        catch (HttpRequestException e)
        {
            Log.CallFailedWithoutAnswer(logger, operation, uri.Host, e.HttpRequestError.ToString());
            return new ConnectorResult.Failed(null, "NetworkError", Transient: true);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Log.CallFailedWithoutAnswer(logger, operation, uri.Host, "Timeout");
            return new ConnectorResult.Failed(null, "Timeout", Transient: true);
        }
    }

    private async Task<ConnectorResult> ClassifyAsync(
        string operation, Uri uri, HttpResponseMessage response, string? idWhenBodyHasNone, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var correlation = response.Headers.TryGetValues(CorrelationHeader, out var values) ? values.FirstOrDefault() : null;
        var json = await ReadJsonAsync(response, cancellationToken);

        if (response.IsSuccessStatusCode)
        {
            Log.Answered(logger, operation, uri.Host, status, correlation);
            return new ConnectorResult.Sent(StringProperty(json, "id") ?? idWhenBodyHasNone);
        }

        // Only the error code is read and logged; the message may quote content.
        var code = json is { ValueKind: JsonValueKind.Object } root && root.TryGetProperty("error", out var error) ? StringProperty(error, "code") : null;
        Log.Refused(logger, operation, uri.Host, status, code, correlation);
        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => new ConnectorResult.Throttled(ConnectorRetryPolicy.RetryAfter(response, time)),
            HttpStatusCode.Forbidden or HttpStatusCode.NotFound => new ConnectorResult.RecipientGone(status, code),
            _ => new ConnectorResult.Failed(status, code, Transient: IsTransient(response.StatusCode),
                response.StatusCode == HttpStatusCode.ServiceUnavailable ? ConnectorRetryPolicy.RetryAfter(response, time) : null),
        };
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.PreconditionFailed || (int)status >= 500;

    private static async Task<JsonElement?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (bytes.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<JsonElement>(bytes, BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? StringProperty(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } obj && obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Tests.Fakes;

/// <summary>
/// A Bot Framework Connector on http://127.0.0.1 (Kestrel, port 0) that records every request and
/// answers like the Connector: sends and replies get {"id":"&lt;n&gt;"}, updates echo the activity id,
/// creates get {"id":"a:fake-conversation-&lt;n&gt;"}. Script unusual answers with <see cref="Enqueue"/>;
/// they are used in order, one per request, before the defaults resume. Add <see cref="ServiceUrl"/>'s
/// origin to BotAuth:TrustedServiceUrls so the client will call it.
/// </summary>
public sealed partial class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<ConnectorRequest> requests = [];
    private readonly Queue<FakeConnectorResponse> script = new();
    private readonly List<(int Count, TaskCompletionSource Signal)> waiters = [];
    private int nextId = 1000;

    private FakeConnector(WebApplication app) => this.app = app;

    /// <summary>The serviceUrl to put in conversation references, ending in '/', e.g. http://127.0.0.1:41234/amer/.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>The origin (scheme, host, port) of <see cref="ServiceUrl"/>, for BotAuth:TrustedServiceUrls.</summary>
    public string Origin => new Uri(ServiceUrl).GetLeftPart(UriPartial.Authority);

    /// <summary>Teams' rate limits to enforce (429 with Retry-After when exceeded); null: every call is answered.</summary>
    public FakeConnectorLimits? Limits { get; set; }

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<ConnectorRequest> Requests
    {
        get { lock (gate) { return [.. requests]; } }
    }

    /// <param name="pathBase">A path the serviceUrl carries, as Teams' regional ones do ("amer/").</param>
    public static async Task<FakeConnector> StartAsync(string pathBase = "")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var fake = new FakeConnector(builder.Build());
        fake.app.Run(fake.HandleAsync);
        await fake.app.StartAsync();
        var prefix = pathBase.Trim('/');
        fake.ServiceUrl = $"{fake.app.Urls.Single().TrimEnd('/')}/{(prefix.Length > 0 ? prefix + "/" : "")}";
        return fake;
    }

    /// <summary>Answers the next requests with these responses, in order, then the defaults again.</summary>
    public void Enqueue(params FakeConnectorResponse[] responses)
    {
        lock (gate)
        {
            foreach (var response in responses)
            {
                script.Enqueue(response);
            }
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> requests arrived; fails after the timeout (default 10 s).</summary>
    public async Task<IReadOnlyList<ConnectorRequest>> WaitForRequestsAsync(int count, TimeSpan? timeout = null)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (requests.Count >= count)
            {
                return [.. requests];
            }

            waiters.Add((count, signal));
        }

        await signal.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
        return Requests;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        // RawTarget keeps the percent-encoding the client sent, which is what escaping tests check.
        var path = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        JsonElement? body = text.Length == 0 ? null : JsonSerializer.Deserialize<JsonElement>(text);
        var request = new ConnectorRequest(context.Request.Method, path, headers, body);

        FakeConnectorResponse response;
        List<TaskCompletionSource> reached;
        int number;
        lock (gate)
        {
            requests.Add(request);
            number = requests.Count;
            response = script.Count > 0 ? script.Dequeue()
                : Limits?.Admit(ConversationOf(request.Path)) is { } wait ? FakeConnectorResponse.Throttled(wait)
                : DefaultResponse(request);
            reached = [.. waiters.Where(w => requests.Count >= w.Count).Select(w => w.Signal)];
            waiters.RemoveAll(w => requests.Count >= w.Count);
        }

        context.Response.StatusCode = response.Status;
        context.Response.Headers["X-Correlating-OperationId"] = "fake-op-" + number;
        if (response.RetryAfter is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (response.Json is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(response.Json);
        }

        reached.ForEach(signal => signal.TrySetResult());
    }

    private FakeConnectorResponse DefaultResponse(ConnectorRequest request)
    {
        if (request.Method == "POST" && request.Path.EndsWith("/v3/conversations", StringComparison.Ordinal))
        {
            return FakeConnectorResponse.Ok($$"""{"id":"a:fake-conversation-{{++nextId}}"}""");
        }

        var activity = ActivityPath().Match(request.Path);
        return (request.Method, activity.Success) switch
        {
            ("POST", true) => FakeConnectorResponse.Ok($$"""{"id":"{{++nextId}}"}"""),
            ("PUT", true) when activity.Groups["activityId"].Success =>
                FakeConnectorResponse.Ok(JsonSerializer.Serialize(new { id = Uri.UnescapeDataString(activity.Groups["activityId"].Value) })),
            ("DELETE", true) => new FakeConnectorResponse(200),
            _ => FakeConnectorResponse.Error(404, "NotFound"),
        };
    }

    private static string? ConversationOf(string path) =>
        ActivityPath().Match(path) is { Success: true } m ? m.Groups["conversation"].Value : null;

    [GeneratedRegex("/v3/conversations/(?<conversation>[^/]+)/activities(/(?<activityId>[^/?]+))?$")]
    private static partial Regex ActivityPath();
}

/// <summary>One request the fake received. Path is the raw request target, percent-encoding kept.</summary>
public sealed record ConnectorRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, JsonElement? Body)
{
    public string? Authorization => Headers.GetValueOrDefault("Authorization");

    /// <summary>A string property of the JSON body, e.g. "text" or "replyToId"; null when absent.</summary>
    public string? BodyString(string name) =>
        Body is { ValueKind: JsonValueKind.Object } b && b.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>A scripted answer of the fake Connector.</summary>
public sealed record FakeConnectorResponse(int Status, string? Json = null, TimeSpan? RetryAfter = null)
{
    public static FakeConnectorResponse Ok(string json) => new(200, json);

    /// <summary>429 with a Retry-After in whole seconds.</summary>
    public static FakeConnectorResponse Throttled(TimeSpan retryAfter) => new(429, Error(429, "TooManyRequests").Json, retryAfter);

    /// <summary>An error in the Connector's shape: {"error":{"code":…,"message":…}}.</summary>
    public static FakeConnectorResponse Error(int status, string code) =>
        new(status, JsonSerializer.Serialize(new { error = new { code, message = "Scripted by FakeConnector." } }));
}

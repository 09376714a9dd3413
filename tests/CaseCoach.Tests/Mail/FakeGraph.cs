using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Tests.Mail;

/// <summary>
/// Microsoft Graph's sendMail on 127.0.0.1: records what the real SDK sent and answers with the next
/// queued reply (202 Accepted when none is queued). Other areas add their routes through StartAsync.
/// </summary>
internal sealed class FakeGraph : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Reply> replies = new();

    private FakeGraph(WebApplication app) => this.app = app;

    public sealed record Reply(int StatusCode, string? RetryAfter = null, string? ErrorCode = null);

    public sealed record SendMailRequest(string Mailbox, string? Authorization, JsonElement Body);

    public ConcurrentQueue<SendMailRequest> Requests { get; } = new();

    public string BaseUrl { get; private set; } = "";

    /// <summary>Starts the fake; <paramref name="mapMoreRoutes"/> lets other areas' fakes (calendar) share it.</summary>
    public static async Task<FakeGraph> StartAsync(CancellationToken cancellationToken, Action<WebApplication, FakeGraph>? mapMoreRoutes = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var fake = new FakeGraph(app);
        app.MapPost("/v1.0/users/{mailbox}/sendMail", fake.SendMailAsync);
        mapMoreRoutes?.Invoke(app, fake);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        fake.BaseUrl = $"{address}/v1.0";
        return fake;
    }

    public void Enqueue(Reply reply) => replies.Enqueue(reply);

    /// <summary>Reads a member the way Graph does: by name, ignoring case.</summary>
    public static JsonElement Property(JsonElement element, string name) => element.EnumerateObject()
        .Single(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)).Value;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task SendMailAsync(string mailbox, HttpContext context)
    {
        Requests.Enqueue(new SendMailRequest(mailbox, context.Request.Headers.Authorization, await ReadJsonAsync(context)));
        if (!await TryReplyWithQueuedAsync(context))
        {
            context.Response.StatusCode = StatusCodes.Status202Accepted;
        }
    }

    /// <summary>The request body as JSON, whether or not the SDK compressed it.</summary>
    public static async Task<JsonElement> ReadJsonAsync(HttpContext context)
    {
        Stream body = context.Request.Body;
        if (context.Request.Headers.ContentEncoding == "gzip")
        {
            body = new GZipStream(body, CompressionMode.Decompress);
        }

        using var json = await JsonDocument.ParseAsync(body, cancellationToken: context.RequestAborted);
        return json.RootElement.Clone();
    }

    /// <summary>Answers with the next queued reply, if any; false leaves the response to the caller.</summary>
    public async Task<bool> TryReplyWithQueuedAsync(HttpContext context)
    {
        if (!replies.TryDequeue(out var reply))
        {
            return false;
        }

        context.Response.StatusCode = reply.StatusCode;
        if (reply.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = reply.RetryAfter;
        }

        if (reply.ErrorCode is not null)
        {
            // The shape Graph uses for every error, so the SDK builds an ODataError from it.
            await context.Response.WriteAsJsonAsync(
                new { error = new { code = reply.ErrorCode, message = $"fake {reply.StatusCode}" } }, context.RequestAborted);
        }

        return true;
    }
}

using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Tests.Fakes;

/// <summary>An OTLP/HTTP collector on 127.0.0.1 that keeps every export body by path (/v1/traces, /v1/metrics).</summary>
public sealed class FakeOtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, byte[] Body)> _exports = new();

    private FakeOtlpCollector(WebApplication app) => _app = app;

    public string Origin => _app.Urls.First();

    public static async Task<FakeOtlpCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var collector = new FakeOtlpCollector(app);
        app.MapPost("/v1/{signal}", async (HttpRequest request, string signal) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            collector._exports.Enqueue(("/v1/" + signal, body.ToArray()));
            return Results.Ok();
        });
        await app.StartAsync();
        return collector;
    }

    /// <summary>True once some export to <paramref name="path"/> carries <paramref name="text"/> (OTLP protobuf keeps names as UTF-8).</summary>
    public bool Received(string path, string text)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        return _exports.Any(e => e.Path == path && e.Body.AsSpan().IndexOf(needle) >= 0);
    }

    /// <summary>For a failure message: how many exports arrived per path.</summary>
    public string Summary() => string.Join(", ", _exports.GroupBy(e => e.Path).Select(g => $"{g.Key}: {g.Count()}")) is { Length: > 0 } s ? s : "no exports";

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

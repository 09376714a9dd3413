using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Tests.Connector;

/// <summary>
/// An Entra ID token endpoint on 127.0.0.1 answering client-credential requests with "token-1",
/// "token-2", … so tests can tell a cached token from a fresh one. MSAL insists on https authorities,
/// so MSAL's HttpClient reaches this fake through <see cref="RedirectToLoopbackHandler"/>.
/// </summary>
public sealed class FakeTokenEndpoint : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<TokenRequest> requests = [];

    private FakeTokenEndpoint(WebApplication app) => this.app = app;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>When set, every token request is refused with this status and error "invalid_client".</summary>
    public int? RefuseWithStatus { get; set; }

    public IReadOnlyList<TokenRequest> Requests
    {
        get { lock (gate) { return [.. requests]; } }
    }

    public static async Task<FakeTokenEndpoint> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var fake = new FakeTokenEndpoint(builder.Build());
        fake.app.Run(fake.HandleAsync);
        await fake.app.StartAsync();
        fake.BaseUri = new Uri(fake.app.Urls.Single());
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!context.Request.Path.Value!.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal) || !context.Request.HasFormContentType)
        {
            context.Response.StatusCode = 404;
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        int number;
        lock (gate)
        {
            requests.Add(new TokenRequest(context.Request.Path.Value, form["grant_type"].ToString(), form["client_id"].ToString(), form["scope"].ToString()));
            number = requests.Count;
        }

        if (RefuseWithStatus is { } status)
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsJsonAsync(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." });
            return;
        }

        await context.Response.WriteAsJsonAsync(new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["ext_expires_in"] = 3600,
            ["access_token"] = $"token-{number}",
        });
    }
}

public sealed record TokenRequest(string Path, string GrantType, string ClientId, string Scope);

/// <summary>Sends every request to the same path on a loopback server: real HTTP, https authority kept for MSAL.</summary>
public sealed class RedirectToLoopbackHandler(Uri loopback) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.RequestUri = new Uri(loopback, request.RequestUri!.PathAndQuery);
        return base.SendAsync(request, cancellationToken);
    }
}

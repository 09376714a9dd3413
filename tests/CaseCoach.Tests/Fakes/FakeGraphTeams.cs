using System.Collections.Concurrent;
using System.Text.Json;
using CaseCoach.Tests.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CaseCoach.Tests.Fakes;

/// <summary>
/// Teams app installation for a user on the loopback Graph fake, answering in Graph's shapes: POST
/// users/{id}/teamwork/installedApps (201; 409 when already installed; or a scripted 403/404 with Graph's error body),
/// the filtered, expanded list of installations, and an installation's chat.
/// </summary>
internal sealed class FakeGraphTeams
{
    private readonly ConcurrentDictionary<string, bool> installed = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (int Status, string Code)> refusals = new(StringComparer.OrdinalIgnoreCase);

    public sealed record Request(string Method, string Path, string Query, JsonElement? Body);

    public ConcurrentQueue<Request> Requests { get; } = new();

    public required string AppId { get; init; }

    public static string ChatIdOf(string userId) => $"19:{userId}_bot@unq.gbl.spaces";

    /// <summary>The app is already there (installed by the person or an admin policy): POST answers 409.</summary>
    public void AlreadyInstalled(string userId) => installed[userId] = true;

    /// <summary>POST answers <paramref name="status"/> with Graph's error body, e.g. 403 Forbidden or 404 for a user without Teams.</summary>
    public void Refuse(string userId, int status, string code) => refusals[userId] = (status, code);

    public void Map(WebApplication app)
    {
        app.MapPost("/v1.0/users/{userId}/teamwork/installedApps", InstallAsync);
        app.MapGet("/v1.0/users/{userId}/teamwork/installedApps", (string userId, HttpContext context) => ListAsync(userId, context));
        app.MapGet("/v1.0/users/{userId}/teamwork/installedApps/{installationId}/chat", (string userId, string installationId, HttpContext context) =>
        {
            Record(context, null);
            return installationId == InstallationIdOf(userId) && installed.ContainsKey(userId)
                ? Results.Json(new Dictionary<string, object?> { ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#chats/$entity", ["id"] = ChatIdOf(userId), ["chatType"] = "oneOnOne", ["topic"] = null })
                : Error(404, "NotFound");
        });
    }

    private async Task<IResult> InstallAsync(string userId, HttpContext context)
    {
        var body = await FakeGraph.ReadJsonAsync(context);
        Record(context, body);
        if (refusals.TryGetValue(userId, out var refusal)) return Error(refusal.Status, refusal.Code);
        var bind = body.TryGetProperty("teamsApp@odata.bind", out var b) ? b.GetString() : null;
        if (bind is null || !bind.EndsWith($"/appCatalogs/teamsApps/{AppId}", StringComparison.Ordinal)) return Error(400, "BadRequest");
        if (!installed.TryAdd(userId, true)) return Error(409, "Conflict");
        return Results.StatusCode(201);
    }

    private IResult ListAsync(string userId, HttpContext context)
    {
        Record(context, null);
        var filter = context.Request.Query["$filter"].ToString();
        var matches = installed.ContainsKey(userId) && filter == $"teamsApp/id eq '{AppId}'" && context.Request.Query["$expand"] == "teamsApp";
        object[] value = matches
            ? [new { id = InstallationIdOf(userId), teamsApp = new { id = AppId, externalId = "6f1a2b3c-0000-4000-8000-000000000001", displayName = "CaseCoach", distributionMethod = "organization" } }]
            : [];
        return Results.Json(new Dictionary<string, object> { ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users('x')/teamwork/installedApps(teamsApp())", ["value"] = value });
    }

    private static string InstallationIdOf(string userId) => $"installation-{userId}";

    private void Record(HttpContext context, JsonElement? body) =>
        Requests.Enqueue(new Request(context.Request.Method, context.Request.Path, Uri.UnescapeDataString(context.Request.QueryString.Value ?? ""), body));

    private static IResult Error(int status, string code) =>
        Results.Json(new { error = new { code, message = $"fake {status}", innerError = new { date = "2026-12-02T09:00:00", requestId = Guid.Empty } } }, statusCode: status);
}

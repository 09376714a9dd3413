using System.Text.Json;
using CaseCoach.Bot.Plugins;
using CaseCoach.Bot.Sweeps;
using CaseCoach.Core.Outbox;

namespace CaseCoach.Bot.Hosting;

/// <summary>
/// Time travel and "run the sweeps now", for demos and tests. Mapped only in Development, so every
/// other environment answers 404; with authentication on they need the Development token.
/// </summary>
public static class DevelopmentEndpoints
{
    public static void MapDevelopmentEndpoints(this IEndpointRouteBuilder app)
    {
        var dev = app.MapGroup("/api/dev").AddEndpointFilter<DevelopmentTokenFilter>();
        dev.MapPost("/clock", SetClockAsync);
        dev.MapPost("/sweep", SweepAsync);
    }

    private sealed record ClockRequest(string? Now);

    private static async Task<IResult> SetClockAsync(HttpRequest request, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (clock is not DevelopmentClock devClock)
            return Results.Problem("The clock cannot be moved in this environment.", statusCode: StatusCodes.Status409Conflict);

        ClockRequest? body;
        try { body = await request.ReadFromJsonAsync<ClockRequest>(cancellationToken); }
        catch (JsonException) { body = null; }

        if (body?.Now is not { } text || !DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var now) || !HasOffset(text))
            return Results.BadRequest(new { error = "Send {\"now\":\"<ISO-8601 date and time with offset>\"}, e.g. {\"now\":\"2026-03-02T09:00:00-05:00\"}." });

        devClock.SetNow(now);
        return Results.Ok(new { now = devClock.GetUtcNow() });
    }

    /// <summary>Runs every plugin sweep, then the outbox dispatcher, once and synchronously.</summary>
    private static async Task<IResult> SweepAsync(IServiceProvider services, SweepService sweeps, PluginCatalog catalog, CancellationToken cancellationToken)
    {
        await sweeps.RunOnceAsync(cancellationToken);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().RunOnceAsync(cancellationToken);
        }
        return Results.Ok(new { ran = catalog.Sweeps.Select(s => s.Name).Append(nameof(OutboxDispatcher)) });
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || System.Text.RegularExpressions.Regex.IsMatch(text, @"[+-]\d{2}:?\d{2}$");
}

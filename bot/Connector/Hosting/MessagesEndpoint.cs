using CaseCoach.Bot.Connector.Auth;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;

namespace CaseCoach.Bot.Connector.Hosting;

/// <summary>
/// POST /api/messages: read, authenticate, check the tenant, then run the turn. The order matters:
/// the endorsement and serviceurl checks need the parsed activity, and nothing is routed or stored
/// before the caller is known to be the Bot Framework.
/// </summary>
public static class MessagesEndpoint
{
    public static void MapBotMessages(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/messages", HandleAsync);

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IBotRequestAuthenticator authenticator,
        TenantAllowList tenants,
        TurnProcessor processor,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint));
        var (activity, readError) = await ActivityReader.ReadAsync(http.Request, cancellationToken);
        if (activity is null)
            return Error(StatusCodes.Status400BadRequest, "BadRequest", readError!);

        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } h ? h : null, activity, cancellationToken);
        if (!auth.Succeeded)
            return Error(StatusCodes.Status401Unauthorized, "Unauthorized", "The request is not authenticated.");

        if (MissingCoordinates(activity) is { } missing)
            return Error(StatusCodes.Status400BadRequest, "BadRequest", missing);

        if (!tenants.IsAllowed(activity.TenantId))
        {
            Log.TenantRefused(logger);
            return Error(StatusCodes.Status403Forbidden, "Forbidden", "This bot does not serve your organisation.");
        }

        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["ActivityId"] = activity.Id, ["ActivityType"] = activity.Type });
        var outcome = await processor.ProcessAsync(activity, cancellationToken);
        return outcome.Invoke is { } invoke
            ? Results.Json(invoke, BotJson.Options, statusCode: outcome.HttpStatus)
            : Results.StatusCode(outcome.HttpStatus);
    }

    /// <summary>Without these the bot could never answer or remember the conversation.</summary>
    private static string? MissingCoordinates(Activity activity) =>
        string.IsNullOrEmpty(activity.ServiceUrl) ? "The activity has no 'serviceUrl'."
        : string.IsNullOrEmpty(activity.Conversation?.Id) ? "The activity has no 'conversation.id'."
        : null;

    /// <summary>The Connector's ErrorResponse shape.</summary>
    private static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, BotJson.Options, statusCode: status);
}

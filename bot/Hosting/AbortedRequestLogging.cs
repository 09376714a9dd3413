namespace CaseCoach.Bot.Hosting;

/// <summary>
/// A client that hangs up mid-request (Teams gives up after 15 s; a proxy resets) is an everyday event,
/// not a fault of the bot: it is logged at Debug without a stack trace instead of reaching the host's
/// fail-level "unhandled exception". Nothing can be answered to a client that is gone.
/// </summary>
internal sealed class AbortedRequestLogging(RequestDelegate next, ILogger<AbortedRequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (IsClientGone(context, e))
        {
            Log.ClientAborted(logger, context.Request.Method, context.Request.Path.Value ?? "", e.GetType().Name);
            if (!context.Response.HasStarted)
                context.Response.StatusCode = e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
        }
    }

    // "Unexpected end of request content" is what a body cut short looks like when the client closes its side.
    private static bool IsClientGone(HttpContext context, Exception e) =>
        (context.RequestAborted.IsCancellationRequested && e is OperationCanceledException or IOException)
        || e is BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } && e.Message.Contains("Unexpected end of request content", StringComparison.Ordinal);
}

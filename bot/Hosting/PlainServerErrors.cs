namespace CaseCoach.Bot.Hosting;

/// <summary>
/// A failure no handler caught is answered in the Connector's error shape with a fixed sentence, in every environment:
/// the developer exception page would otherwise send the exception and its stack trace to whoever called, Teams
/// included. The exception itself is logged by the exception-handler middleware.
/// </summary>
public static class PlainServerErrors
{
    public const string Message = "Something went wrong on our side and nothing was saved. Please try again; if it keeps happening, tell your administrator.";

    public static IApplicationBuilder UsePlainServerErrors(this IApplicationBuilder app) =>
        app.UseExceptionHandler(handler => handler.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return context.Response.WriteAsJsonAsync(new { error = new { code = "InternalError", message = Message } });
        }));
}

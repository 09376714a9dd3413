namespace CaseCoach.Bot.Hosting;

internal static partial class Log
{
    [LoggerMessage(7001, LogLevel.Debug, "Client went away during {Method} {Path} ({Exception}); nothing to answer")]
    public static partial void ClientAborted(ILogger logger, string method, string path, string exception);
}

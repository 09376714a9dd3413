namespace CaseCoach.Bot.Plugins;

internal static partial class Log
{
    [LoggerMessage(1010, LogLevel.Error, "Sweep {Sweep} failed; it runs again at the next interval")]
    public static partial void SweepFailed(ILogger logger, string sweep, Exception exception);

    [LoggerMessage(1011, LogLevel.Information, "Refused {Verb}: {Reason}")]
    public static partial void Refused(ILogger logger, string verb, string reason);
}

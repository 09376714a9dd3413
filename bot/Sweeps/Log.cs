namespace CaseCoach.Bot.Sweeps;

internal static partial class Log
{
    [LoggerMessage(1010, LogLevel.Error, "Sweep {Sweep} failed; it runs again at the next interval")]
    public static partial void SweepFailed(ILogger logger, string sweep, Exception exception);
}

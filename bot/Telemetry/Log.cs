namespace CaseCoach.Bot.Telemetry;

internal static partial class Log
{
    [LoggerMessage(7001, LogLevel.Warning, "The outbox backlog could not be read for its gauges")]
    public static partial void BacklogUnreadable(ILogger logger, Exception exception);
}

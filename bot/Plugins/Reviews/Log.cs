namespace CaseCoach.Bot.Plugins.Reviews;

internal static partial class Log
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Review scheduling assigned {Count} reviews")]
    public static partial void Scheduled(ILogger logger, int count);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "No quality reviewer is available; {Count} due reviews wait for one")]
    public static partial void NoReviewer(ILogger logger, int count);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Another instance scheduled the same reviews; this run's changes were dropped")]
    public static partial void LostSchedulingRace(ILogger logger);
}

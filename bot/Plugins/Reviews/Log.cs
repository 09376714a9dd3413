namespace CaseCoach.Bot.Plugins.Reviews;

internal static partial class Log
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Information, Message = "Review scheduling assigned {Count} reviews")]
    public static partial void Scheduled(ILogger logger, int count);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "No quality reviewer is available; {Count} due reviews wait for one")]
    public static partial void NoReviewer(ILogger logger, int count);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Jurisdiction {JurisdictionId} uses instrument {InstrumentKey}, which is not defined; its cases are not scheduled")]
    public static partial void UnknownInstrument(ILogger logger, long jurisdictionId, string instrumentKey);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Person {PersonId} has no stored conversation; the {What} card was not sent")]
    public static partial void NoConversation(ILogger logger, long personId, string what);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Refused {Verb}: {Reason}")]
    public static partial void Refused(ILogger logger, string verb, string reason);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Information, Message = "Another instance scheduled the same reviews; this run's changes were dropped")]
    public static partial void LostSchedulingRace(ILogger logger);
}

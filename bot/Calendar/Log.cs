namespace CaseCoach.Bot.Calendar;

/// <summary>Calendar log messages: event ids, keys and status codes only, never names or addresses.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Calendar booking {IdempotencyKey} {Action} via {Provider}")]
    public static partial void Booked(ILogger logger, string idempotencyKey, string action, string provider);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Warning, Message = "Calendar {Operation} via {Provider} failed transiently ({Status})")]
    public static partial void TransientFailure(ILogger logger, string operation, string provider, string status);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Warning, Message = "Calendar {Operation} via {Provider} was refused ({Status})")]
    public static partial void Refused(ILogger logger, string operation, string provider, string status);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Warning, Message = "A local calendar file could not be read as iCalendar ({ErrorType})")]
    public static partial void UnreadableCalendarFile(ILogger logger, string errorType);
}

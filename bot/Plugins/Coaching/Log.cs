namespace CaseCoach.Bot.Plugins.Coaching;

internal static partial class Log
{
    [LoggerMessage(EventId = 4500, Level = LogLevel.Information, Message = "Coaching request opened for review {ReviewId} with {Count} times offered")]
    public static partial void RequestOpened(ILogger logger, long reviewId, int count);

    [LoggerMessage(EventId = 4501, Level = LogLevel.Warning, Message = "Coaching for review {ReviewId} waits: the calendar said {Reason}")]
    public static partial void CalendarUnavailable(ILogger logger, long reviewId, string reason);

    [LoggerMessage(EventId = 4502, Level = LogLevel.Warning, Message = "Coaching for review {ReviewId} cannot be scheduled: {Reason}")]
    public static partial void AttendeesRefused(ILogger logger, long reviewId, string reason);

    [LoggerMessage(EventId = 4503, Level = LogLevel.Information, Message = "Another instance took up coaching for review {ReviewId}; this run's changes were dropped")]
    public static partial void LostRace(ILogger logger, long reviewId);

    [LoggerMessage(EventId = 4504, Level = LogLevel.Information, Message = "Refused {Verb}: {Reason}")]
    public static partial void Refused(ILogger logger, string verb, string reason);

    [LoggerMessage(EventId = 4505, Level = LogLevel.Information, Message = "Coaching request {RequestId} booked")]
    public static partial void Booked(ILogger logger, long requestId);

    [LoggerMessage(EventId = 4506, Level = LogLevel.Information, Message = "Coaching request {RequestId}: the picked time is no longer free; fresh times offered")]
    public static partial void Conflict(ILogger logger, long requestId);

    [LoggerMessage(EventId = 4507, Level = LogLevel.Information, Message = "Person {PersonId} has no stored conversation; the coaching request goes by email only")]
    public static partial void NoConversation(ILogger logger, long personId);

    [LoggerMessage(EventId = 4508, Level = LogLevel.Information, Message = "Tentative coaching hold for review {ReviewId} {Action}")]
    public static partial void Hold(ILogger logger, long reviewId, string action);
}

namespace CaseCoach.Bot.Plugins.Coaching;

internal static partial class Log
{
    [LoggerMessage(EventId = 4500, Level = LogLevel.Information, Message = "Coaching request opened for review {ReviewId} with {Count} times offered")]
    public static partial void RequestOpened(ILogger logger, long reviewId, int count);

    [LoggerMessage(EventId = 4502, Level = LogLevel.Warning, Message = "Coaching for review {ReviewId} cannot be scheduled: {Reason}")]
    public static partial void AttendeesRefused(ILogger logger, long reviewId, string reason);

    [LoggerMessage(EventId = 4503, Level = LogLevel.Information, Message = "Another instance took up coaching for review {ReviewId}; this run's changes were dropped")]
    public static partial void LostRace(ILogger logger, long reviewId);

    [LoggerMessage(EventId = 4504, Level = LogLevel.Information, Message = "Coaching-needed event {EventId} waits or was taken up elsewhere: {Reason}")]
    public static partial void Waits(ILogger logger, long eventId, string reason);

    [LoggerMessage(EventId = 4508, Level = LogLevel.Information, Message = "Tentative coaching hold for review {ReviewId} {Action}")]
    public static partial void Hold(ILogger logger, long reviewId, string action);
}

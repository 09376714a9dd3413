namespace CaseCoach.Bot.Outbound;

internal static partial class Log
{
    [LoggerMessage(EventId = 1500, Level = LogLevel.Information, Message = "Person {PersonId} has no stored conversation; the {Cause} message was not sent")]
    public static partial void NoConversation(ILogger logger, long personId, string cause);
}

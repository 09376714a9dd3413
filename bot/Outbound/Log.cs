namespace CaseCoach.Bot.Outbound;

internal static partial class Log
{
    [LoggerMessage(EventId = 1501, Level = LogLevel.Warning, Message = "Outbox row {Id} ({Cause}) could not be delivered on any channel; the QA supervisor is told and `stuck` lists it")]
    public static partial void Undeliverable(ILogger logger, long id, string cause);
}

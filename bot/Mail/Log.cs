namespace CaseCoach.Bot.Mail;

/// <summary>
/// Mail log messages. Only idempotency keys, file names and status codes are logged: server replies can
/// quote addresses, so their text goes to the outbox row, not the log.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Email {IdempotencyKey} written to the outbox as {FileName}")]
    public static partial void EmailWrittenToOutbox(ILogger logger, string idempotencyKey, string fileName);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Email {IdempotencyKey} could not be written to the outbox folder")]
    public static partial void OutboxWriteFailed(ILogger logger, string idempotencyKey, Exception exception);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Email {IdempotencyKey} sent via {Provider}")]
    public static partial void EmailSent(ILogger logger, string idempotencyKey, string provider);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Email {IdempotencyKey} via {Provider} failed transiently ({Status})")]
    public static partial void EmailTransientFailure(ILogger logger, string idempotencyKey, string provider, string status);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Email {IdempotencyKey} via {Provider} was rejected ({Status})")]
    public static partial void EmailRejected(ILogger logger, string idempotencyKey, string provider, string status);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "Outbox row {OutboxId} holds an unreadable email payload: {Reason}")]
    public static partial void MalformedPayload(ILogger logger, long outboxId, string reason);
}

namespace CaseCoach.Bot.Turns;

internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Activity of type {Type} was already processed; answering with the stored outcome")]
    public static partial void Redelivered(ILogger logger, string? type);

    [LoggerMessage(1002, LogLevel.Warning, "No plugin owns card verb {Verb}")]
    public static partial void UnknownVerb(ILogger logger, string verb);

    [LoggerMessage(1003, LogLevel.Warning, "Handler for verb {Verb} exceeded its time limit")]
    public static partial void HandlerTimedOut(ILogger logger, string verb);

    [LoggerMessage(1004, LogLevel.Error, "Handler for verb {Verb} failed")]
    public static partial void HandlerFailed(ILogger logger, string verb, Exception exception);

    [LoggerMessage(1005, LogLevel.Information, "Bot installed in a {ConversationType} conversation")]
    public static partial void Installed(ILogger logger, string? conversationType);

    [LoggerMessage(1006, LogLevel.Information, "Bot removed from a {ConversationType} conversation")]
    public static partial void Uninstalled(ILogger logger, string? conversationType);

    [LoggerMessage(1008, LogLevel.Information, "Activity of type {Type} conflicted with a concurrent turn (attempt {Attempt}); running it again")]
    public static partial void RetriedAfterConflict(ILogger logger, string? type, int attempt);

    [LoggerMessage(1009, LogLevel.Warning, "Activity of type {Type} still conflicted after {Attempts} attempts; answered that someone else changed it")]
    public static partial void GaveUpAfterConflicts(ILogger logger, string? type, int attempts);

    [LoggerMessage(1007, LogLevel.Information, "A concurrent delivery of the same activity committed first")]
    public static partial void LostRace(ILogger logger);

    [LoggerMessage(1011, LogLevel.Information, "Refused {Verb}: {Reason}")]
    public static partial void Refused(ILogger logger, string verb, string reason);
}

namespace CaseCoach.Bot.Teams;

// No ids of people: which installation failed is on the outbox row, shown to the QA supervisor.
internal static partial class Log
{
    [LoggerMessage(EventId = 1600, Level = LogLevel.Information, Message = "Installed the Teams app for a person without a 1:1 chat and opened the chat")]
    public static partial void ChatOpened(ILogger logger);

    [LoggerMessage(EventId = 1601, Level = LogLevel.Warning, Message = "Installing the Teams app for a person was refused ({Status} {Code}); the notice goes by email")]
    public static partial void InstallRefused(ILogger logger, int status, string? code);
}

namespace CaseCoach.Bot.Connector.Hosting;

internal static partial class Log
{
    [LoggerMessage(1020, LogLevel.Warning, "Activity refused: its tenant is not in BotAuth:AllowedTenants")]
    public static partial void TenantRefused(ILogger logger);
}

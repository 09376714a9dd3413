namespace CaseCoach.Bot.Demo;

internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Information, "Demo people and cases added to an empty database (Demo:Seed)")]
    public static partial void Seeded(ILogger logger);
}

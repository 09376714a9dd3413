using Microsoft.Extensions.Logging;

namespace CaseCoach.Core.Organisation.Setup;

internal static partial class Log
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information,
        Message = "Jurisdictions from configuration: {Configured} configured, {Added} added, {Retired} no longer configured (they take no new work)")]
    public static partial void Applied(ILogger logger, int configured, int added, int retired);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Information, Message = "Another instance applied the jurisdictions at the same time; applying again")]
    public static partial void AppliedConcurrently(ILogger logger);
}

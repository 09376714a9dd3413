using Microsoft.Extensions.Logging;

namespace CaseCoach.Core.Persistence;

internal static partial class Log
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Migrating the {Provider} database: {PendingCount} migration(s) pending")]
    public static partial void MigratingDatabase(ILogger logger, string provider, int pendingCount);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "Database is up to date ({AppliedCount} migration(s) applied now)")]
    public static partial void DatabaseMigrated(ILogger logger, int appliedCount);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Core.Persistence;

/// <summary>Brings the database to the newest migration of its provider; used at start-up and by the CLI.</summary>
public sealed class DatabaseMigrator(CaseCoachDbContext db, ILogger<DatabaseMigrator> logger)
{
    /// <returns>The migrations applied by this call (empty when the database was up to date).</returns>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        Log.MigratingDatabase(logger, db.Database.ProviderName ?? "unknown", pending.Count);
        await db.Database.MigrateAsync(cancellationToken);
        Log.DatabaseMigrated(logger, pending.Count);
        return pending;
    }
}

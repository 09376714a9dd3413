using CaseCoach.Core.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Persistence;

public static class TurnSaveExtensions
{
    /// <summary>
    /// Saves a turn's changes (outside any transaction of its own). On a SQLite file the turn joins the next group
    /// commit (<see cref="SqliteGroupCommit"/>): it returns once the group's COMMIT did, with the turn's own failure, if
    /// any, as SaveChanges would have thrown it. Server databases commit each turn by itself, in the execution strategy.
    /// </summary>
    public static async Task<int> SaveTurnAsync(this CaseCoachDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.LetGoOfSharedConnectionAsync();
        if (db is SqliteCaseCoachDbContext sqlite && SqliteGroupCommit.TrySave(sqlite, cancellationToken) is { } grouped)
            return await grouped;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(ct => db.SaveChangesAsync(ct), cancellationToken);
    }
}

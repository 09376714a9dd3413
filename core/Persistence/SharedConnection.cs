using CaseCoach.Core.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseCoach.Core.Persistence;

/// <summary>
/// A turn's queries on one open connection instead of one open per query (<see cref="ShareableSqliteConnection"/>).
/// Nothing opens until the first query, so a turn that reads nothing pays nothing; the connection is let go before the
/// turn's save (<see cref="TurnSaveExtensions.SaveTurnAsync"/>), which joins a group commit only from a closed
/// connection. On PostgreSQL and SQL Server nothing changes.
/// </summary>
public static class SharedConnection
{
    public static Lease Share(this CaseCoachDbContext db)
    {
        var connection = Shareable(db);
        connection?.Share();
        return new Lease(connection);
    }

    public static Task LetGoOfSharedConnectionAsync(this CaseCoachDbContext db) => Shareable(db)?.LetGoAsync() ?? Task.CompletedTask;

    private static ShareableSqliteConnection? Shareable(CaseCoachDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.GetService<IRelationalConnection>() as ShareableSqliteConnection;
    }

    public readonly struct Lease(ShareableSqliteConnection? connection) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => connection is null ? ValueTask.CompletedTask : new(connection.LetGoAsync());
    }
}

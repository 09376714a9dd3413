using CaseCoach.Core.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Persistence;

public static class TransactionExtensions
{
    /// <summary>
    /// Runs one unit of work (state change + audit + outbox rows) in a transaction inside the provider's
    /// execution strategy, so that SQL Server's retry-on-failure replays the whole unit, never half of it.
    /// The work must call SaveChangesAsync itself; an exception rolls everything back. On SQLite the transaction
    /// (BEGIN IMMEDIATE: it holds the write lock from the start) runs inside <see cref="SqliteWriteGate"/>.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(
        this CaseCoachDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(db);
        return db is SqliteCaseCoachDbContext && db.Database.CurrentTransaction is null
            ? SqliteWriteGate.RunAsync(db.Database.GetConnectionString(), ct => RunAsync(db, work, ct), cancellationToken)
            : RunAsync(db, work, cancellationToken);
    }

    private static Task<T> RunAsync<T>(CaseCoachDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(
            (db, work),
            async (_, state, ct) =>
            {
                await using var transaction = await state.db.Database.BeginTransactionAsync(ct);
                var result = await state.work(ct);
                await transaction.CommitAsync(ct);
                return result;
            },
            verifySucceeded: null,
            cancellationToken);
    }
}

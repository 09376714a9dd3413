using System.Collections.Concurrent;
using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseCoach.Core.Persistence.Sqlite;

/// <summary>
/// One writer per SQLite file commits the turns queued at a moment in one transaction: one fsync for the group instead
/// of one per turn (synchronous=FULL costs a couple of milliseconds a commit on an ordinary disk, ten times the turn's
/// own writes). Each turn saves inside a savepoint, so its failure (a concurrency conflict, the unique key of a
/// redelivery) rolls back only its own rows and surfaces to it as before; every turn learns its result only after the
/// group's COMMIT returned, so nothing is acknowledged before it is durable. A turn still queued when its request is
/// cancelled is dropped; once in a group it runs to the end, because the group uses its context.
/// </summary>
internal sealed class SqliteGroupCommit
{
    /// <summary>Bounds how long the last turn of a group waits for those before it.</summary>
    public const int MaxGroupSize = 64;

    private static readonly ConcurrentDictionary<string, SqliteGroupCommit> Files = new(StringComparer.Ordinal);

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>();
    private readonly string _connectionString;
    private readonly DbContextOptions<SqliteCaseCoachDbContext> _options;

    private SqliteGroupCommit(string connectionString, DbContextOptions<SqliteCaseCoachDbContext> options)
    {
        _connectionString = connectionString;
        _options = options;
        // The writer belongs to no request: it must not inherit the first caller's trace, gate or culture.
        using (ExecutionContext.SuppressFlow())
            _ = Task.Run(WriteAsync);
    }

    /// <summary>
    /// Saves the context's changes in the next group; null when it cannot join one (an in-memory database, a transaction
    /// of its own, a connection it holds open), and the caller saves alone.
    /// </summary>
    public static Task<int>? TrySave(SqliteCaseCoachDbContext db, CancellationToken cancellationToken)
    {
        var connectionString = db.Database.GetConnectionString();
        if (SqliteWriteGate.FileOf(connectionString) is not { } file || db.Database.CurrentTransaction is not null
            || db.Database.GetDbConnection().State != System.Data.ConnectionState.Closed)
            return null;
        var writer = Files.GetOrAdd(file, _ => new SqliteGroupCommit(
            connectionString!, (DbContextOptions<SqliteCaseCoachDbContext>)db.GetService<IDbContextOptions>()));
        var pending = new Pending(db, cancellationToken);
        if (!writer._queue.Writer.TryWrite(pending)) throw new InvalidOperationException("The SQLite group writer has stopped.");
        return pending.Done.Task;
    }

    /// <summary>Turns waiting for the writer to take them into a group (for tests).</summary>
    internal static int Queued(string? connectionString) =>
        SqliteWriteGate.FileOf(connectionString) is { } file && Files.TryGetValue(file, out var writer) ? writer._queue.Reader.Count : 0;

    private async Task WriteAsync()
    {
        var group = new List<Pending>(MaxGroupSize);
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < MaxGroupSize && _queue.Reader.TryRead(out var pending))
            {
                if (pending.CancellationToken.IsCancellationRequested) pending.Done.TrySetCanceled(pending.CancellationToken);
                else group.Add(pending);
            }
            if (group.Count == 0) continue;
            try
            {
                await SqliteWriteGate.RunAsync(_connectionString, _ => CommitAsync(group), CancellationToken.None);
            }
            catch (Exception e)
            {
                // BEGIN or COMMIT failed: nothing of the group is stored, every turn hears so (and may run again).
                foreach (var pending in group) pending.Done.TrySetException(e);
            }
        }
    }

    private async Task<bool> CommitAsync(List<Pending> group)
    {
        await using var writer = new SqliteCaseCoachDbContext(_options);
        await writer.Database.OpenConnectionAsync(CancellationToken.None); // EF's own open: pragmas, functions
        var connection = writer.Database.GetDbConnection();
        await using var transaction = (SqliteTransaction)(await writer.Database.BeginTransactionAsync(CancellationToken.None)).GetDbTransaction();
        var outcomes = new (int Rows, Exception? Failure)[group.Count];
        for (var i = 0; i < group.Count; i++)
            outcomes[i] = await SaveInSavepointAsync(group[i].Db, connection, transaction);

        await transaction.CommitAsync(CancellationToken.None);
        for (var i = 0; i < group.Count; i++)
        {
            if (outcomes[i].Failure is { } failure)
                group[i].Done.TrySetException(failure);
            else
            {
                group[i].Db.ChangeTracker.AcceptAllChanges();
                group[i].Done.TrySetResult(outcomes[i].Rows);
            }
        }
        return true;
    }

    private async Task<(int Rows, Exception? Failure)> SaveInSavepointAsync(SqliteCaseCoachDbContext db, DbConnection connection, SqliteTransaction transaction)
    {
        const string Savepoint = "turn";
        var ownConnectionString = db.Database.GetConnectionString();
        transaction.Save(Savepoint);
        db.Database.SetDbConnection(connection);
        try
        {
            await db.Database.UseTransactionAsync(transaction, CancellationToken.None);
            // Changes are accepted only once the group is durable, so a turn whose group fails can run again.
            var rows = await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, CancellationToken.None);
            transaction.Release(Savepoint);
            return (rows, null);
        }
        catch (Exception e)
        {
            // Whatever this turn's save threw is its own: the others in the group go on.
            transaction.Rollback(Savepoint);
            transaction.Release(Savepoint);
            return (0, e);
        }
        finally
        {
            await db.Database.UseTransactionAsync(null, CancellationToken.None);
            // Back on a connection of its own (from the pool), which the context owns and disposes as before.
            db.Database.SetDbConnection(new SqliteConnection(ownConnectionString), contextOwnsConnection: true);
        }
    }

    private sealed record Pending(SqliteCaseCoachDbContext Db, CancellationToken CancellationToken)
    {
        public TaskCompletionSource<int> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Persistence;

/// <summary>
/// A save that failed only because another turn or instance got to the same rows first: a stale version
/// (optimistic concurrency), a unique key taken meanwhile, a lock not granted in time (SQLite busy/locked),
/// or a serialization failure or deadlock (PostgreSQL 40001/40P01, SQL Server 1205). Running again on what
/// the other committed is safe; any other failure is a real error and must not be retried blindly.
/// </summary>
public static class ConcurrentChange
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Is(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is DbUpdateConcurrencyException || UniqueViolation.Is(exception) || exception.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
            SqlException sql => sql.Number == 1205,
            DbException other => other.SqlState is "40001" or "40P01",
            _ => false,
        };
    }
}

using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Persistence;

/// <summary>
/// Whether a failed commit failed only because a unique key already exists: the one failure a sweep may read as
/// "another run (or instance) already did this". Anything else (a lost connection, a concurrency conflict, a bad
/// column) is a real failure and must surface.
/// </summary>
public static class UniqueViolation
{
    /// <summary>SQLite's extended codes for UNIQUE and PRIMARY KEY constraint failures.</summary>
    private const int SqliteUnique = 2067, SqlitePrimaryKey = 1555;

    /// <summary>SQL Server: duplicate key row in a unique index (2601) or a unique/primary-key constraint (2627).</summary>
    private const int SqlServerUniqueIndex = 2601, SqlServerUniqueConstraint = 2627;

    /// <summary>PostgreSQL's SQLSTATE unique_violation. Core does not reference Npgsql, so it is read by name.</summary>
    private const string PostgresUnique = "23505";

    public static bool IsUniqueViolation(this DbUpdateException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
            SqlException sql => sql.Number is SqlServerUniqueIndex or SqlServerUniqueConstraint,
            { } other => other.GetType().GetProperty("SqlState")?.GetValue(other) as string == PostgresUnique,
            null => false,
        };
    }
}

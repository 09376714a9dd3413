using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Persistence;

/// <summary>
/// Tells a unique-key violation (another instance already did this: "already done") from every other save failure,
/// which must not be swallowed. SQLite: extended codes 2067/1555; SQL Server: 2601/2627; PostgreSQL: SQLSTATE 23505
/// (read through <see cref="DbException.SqlState"/>, so core needs no Npgsql reference).
/// </summary>
public static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool Is(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
            SqlException sql => sql.Number is 2601 or 2627,
            DbException other => other.SqlState == "23505",
            _ => false,
        };
    }

    /// <summary>Saves; false when a unique key says another instance got there first. Other failures propagate.</summary>
    public static async Task<bool> SaveUnlessDoneAsync(this CaseCoachDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(ct => db.SaveChangesAsync(ct), cancellationToken);
            return true;
        }
        catch (DbUpdateException e) when (Is(e))
        {
            return false;
        }
    }

    public static bool IsUniqueViolation(this DbUpdateException exception) => Is(exception);
}

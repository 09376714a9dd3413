using CaseCoach.Core.Audit;
using CaseCoach.Core.Persistence.PostgreSql;
using CaseCoach.Core.Persistence.Sqlite;
using CaseCoach.Core.Persistence.SqlServer;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaseCoach.Core.Persistence;

/// <summary>
/// Creates the provider's context chosen at run time from <see cref="DatabaseOptions"/>. A singleton:
/// the EF options are built once; each context is short-lived (one per scope, turn or dispatcher run).
/// Every context audits <see cref="AuditedEntity"/> changes through <see cref="AuditInterceptor"/>, stamped by <paramref name="time"/>.
/// Contexts come from EF's pool (<see cref="PooledDbContextFactory{TContext}"/>): disposing one returns it, reset, for the
/// next turn, so a turn does not pay for building a context's internal services each time (a fifth of a read-only
/// turn's time before, issue 14). The contexts hold no state of their own beyond what EF resets.
/// </summary>
public sealed class CaseCoachDbContextFactory(IOptions<DatabaseOptions> options, ILoggerFactory? loggerFactory = null, TimeProvider? time = null)
    : IDbContextFactory<CaseCoachDbContext>
{
    /// <summary>Contexts kept for reuse; more in use at once are created and dropped as before.</summary>
    public const int PoolSize = 256;

    private readonly Lazy<Func<CaseCoachDbContext>> _create = new(() => Build(options.Value, loggerFactory, time ?? TimeProvider.System));

    public CaseCoachDbContext CreateDbContext() => _create.Value();

    public static DbContextOptions<SqliteCaseCoachDbContext> SqliteOptions(
        string connectionString, ILoggerFactory? loggerFactory = null, TimeProvider? time = null)
    {
        var builder = ShareableSqliteConnection.In(new DbContextOptionsBuilder<SqliteCaseCoachDbContext>().UseSqlite(connectionString))
            .AddInterceptors(new SqlitePragmaInterceptor(), new AuditInterceptor(time ?? TimeProvider.System));
        return WithLogging(builder, loggerFactory).Options;
    }

    public static DbContextOptions<SqlServerCaseCoachDbContext> SqlServerOptions(
        string connectionString, ILoggerFactory? loggerFactory = null, TimeProvider? time = null)
    {
        // Retries transient Azure SQL faults; callers run explicit transactions through
        // CaseCoachDbContext.InTransactionAsync so a retry replays the whole unit of work.
        var builder = new DbContextOptionsBuilder<SqlServerCaseCoachDbContext>()
            .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure())
            .AddInterceptors(new AuditInterceptor(time ?? TimeProvider.System));
        return WithLogging(builder, loggerFactory).Options;
    }

    public static DbContextOptions<PostgreSqlCaseCoachDbContext> PostgreSqlOptions(
        string connectionString, ILoggerFactory? loggerFactory = null, TimeProvider? time = null)
    {
        // Same reasoning as SQL Server: transient faults (a failover, a dropped connection) replay the whole
        // unit of work through InTransactionAsync.
        var builder = new DbContextOptionsBuilder<PostgreSqlCaseCoachDbContext>()
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure())
            .AddInterceptors(new AuditInterceptor(time ?? TimeProvider.System));
        return WithLogging(builder, loggerFactory).Options;
    }

    /// <summary>The SQLite connection string: the configured one, else <c>&lt;Data:Folder&gt;/casecoach.db</c>.</summary>
    public static string SqliteConnectionString(DatabaseOptions options)
    {
        var builder = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(Path.GetFullPath(options.DataFolder), DatabaseOptions.SqliteFileName),
            }
            : new SqliteConnectionStringBuilder(options.ConnectionString);

        // SQLite creates the file but not its folder (a fresh checkout has no ./data yet), and it would
        // create the file readable by everyone.
        if (builder.Mode is SqliteOpenMode.ReadWriteCreate && !string.IsNullOrEmpty(builder.DataSource)
            && builder.DataSource != ":memory:")
        {
            PrivateSqliteFile.Prepare(Path.GetFullPath(builder.DataSource));
        }

        return builder.ToString();
    }

    private static Func<CaseCoachDbContext> Build(DatabaseOptions options, ILoggerFactory? loggerFactory, TimeProvider time) =>
        options.ParsedProvider switch
        {
            DatabaseProvider.SqlServer => Pooled(SqlServerOptions(options.ConnectionString!, loggerFactory, time)),
            DatabaseProvider.PostgreSql => Pooled(PostgreSqlOptions(options.ConnectionString!, loggerFactory, time)),
            _ => Pooled(SqliteOptions(SqliteConnectionString(options), loggerFactory, time)),
        };

    private static Func<CaseCoachDbContext> Pooled<TContext>(DbContextOptions<TContext> options)
        where TContext : CaseCoachDbContext =>
        new PooledDbContextFactory<TContext>(options, PoolSize).CreateDbContext;

    /// <summary>
    /// EF logs every failed command and save at Error, including the unique violations the sweeps and turns expect and
    /// read as "already done" (another instance, or a concurrent run, got there first): an operator would read those as
    /// faults. They go to Debug; a failure nobody handles still reaches the log through its caller (the turn's handler,
    /// the sweep loop), with the exception.
    /// </summary>
    private static DbContextOptionsBuilder<T> WithLogging<T>(DbContextOptionsBuilder<T> builder, ILoggerFactory? loggerFactory)
        where T : DbContext
    {
        builder.ConfigureWarnings(w => w.Log(
            (RelationalEventId.CommandError, LogLevel.Debug),
            (CoreEventId.SaveChangesFailed, LogLevel.Debug)));
        return loggerFactory is null ? builder : builder.UseLoggerFactory(loggerFactory);
    }
}

using CaseCoach.Core.Persistence;
using CaseCoach.Core.Persistence.PostgreSql;
using CaseCoach.Core.Persistence.SqlServer;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace CaseCoach.Tests.Persistence;

public sealed class MigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrations_apply_to_an_empty_sqlite_file_and_a_second_run_applies_nothing()
    {
        await using var database = TestDatabase.CreateEmpty();
        await using var db = database.CreateContext();
        var migrator = new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance);

        var applied = await migrator.MigrateAsync(Ct);
        var appliedAgain = await migrator.MigrateAsync(Ct);

        Assert.True(File.Exists(database.FilePath));
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Empty(appliedAgain);
        var tables = await db.Database
            .SqlQuery<string>($"SELECT name AS Value FROM sqlite_master WHERE type = 'table'")
            .ToListAsync(Ct);
        Assert.Superset(
            new HashSet<string> { "Jurisdictions", "Units", "People", "Cases", "Children", "Conversations",
                "AuditEntries", "ProcessedActivities", "OutboxMessages" },
            tables.ToHashSet());
    }

    [Fact]
    public async Task Sqlite_file_is_shared_in_WAL_mode_with_a_busy_timeout()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync(Ct);

        var journalMode = await db.Database.SqlQuery<string>($"PRAGMA journal_mode").ToListAsync(Ct);
        var busyTimeout = await db.Database.SqlQuery<int>($"PRAGMA busy_timeout").ToListAsync(Ct);

        Assert.Equal("wal", Assert.Single(journalMode));
        Assert.True(Assert.Single(busyTimeout) >= 5000);
    }

    [Fact]
    public async Task Sqlite_migrations_match_the_model()
    {
        await using var database = TestDatabase.CreateEmpty();
        await using var db = database.CreateContext();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.All(MigrationNamespaces(db), ns => Assert.EndsWith(".Migrations.Sqlite", ns));
    }

    [Fact]
    public void SqlServer_has_its_own_migrations_matching_the_model_without_a_server()
    {
        // Nothing here opens a connection: the string only has to parse.
        using var db = new SqlServerCaseCoachDbContext(CaseCoachDbContextFactory.SqlServerOptions(
            "Server=unused.invalid;Database=CaseCoach;Integrated Security=true;TrustServerCertificate=true"));

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.All(MigrationNamespaces(db), ns => Assert.EndsWith(".Migrations.SqlServer", ns));
    }

    [Fact]
    public void PostgreSql_has_its_own_migrations_matching_the_model()
    {
        using var db = new PostgreSqlCaseCoachDbContext(CaseCoachDbContextFactory.PostgreSqlOptions(
            "Host=unused.invalid;Database=casecoach;Username=casecoach"));

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.All(MigrationNamespaces(db), ns => Assert.EndsWith(".Migrations.PostgreSql", ns));
    }

    [Fact]
    public async Task PostgreSql_migrations_apply_to_a_fresh_database_and_the_health_check_answers()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.PostgreSql, Ct);
        await using var db = database.CreateContext();

        Assert.Empty(await new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(Ct));
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(Ct));
        // What AddDbContextCheck asks (GET /healthz).
        Assert.True(await db.Database.CanConnectAsync(Ct));
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
    }

    private static IEnumerable<string> MigrationNamespaces(DbContext db)
    {
        var migrations = db.GetService<IMigrationsAssembly>().Migrations;
        return migrations.Values.Select(type => type.Namespace ?? "");
    }
}

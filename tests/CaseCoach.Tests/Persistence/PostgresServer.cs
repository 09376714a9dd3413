using CaseCoach.Core.Persistence;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CaseCoach.Tests.Persistence;

/// <summary>
/// The PostgreSQL server the tests share (tests/run.sh starts a private one on 127.0.0.1 and exports
/// its connection string). Each test gets a fresh database cloned from one migrated template, so a
/// test never sees another's rows and the migrations run once per test run, not once per test.
/// </summary>
internal static class PostgresServer
{
    public const string EnvironmentVariable = "CASECOACH_TEST_POSTGRES";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? template;

    /// <summary>A connection string to the server's maintenance database, from the environment.</summary>
    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"The PostgreSQL tests need a server: {EnvironmentVariable} is not set. Run every test with " +
                "`bash tests/run.sh` (it installs and starts a private PostgreSQL on 127.0.0.1), or start one with " +
                "`eval \"$(bash tests/postgres.sh start)\"` and run dotnet test in that shell.");

    /// <summary>Creates an empty-but-migrated database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var source = await TemplateAsync(cancellationToken);
        var name = "cc_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{source}\"", cancellationToken);
        return For(name);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using (var connection = new NpgsqlConnection(connectionString))
            NpgsqlConnection.ClearPool(connection);
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
    }

    private static async Task<string> TemplateAsync(CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        try
        {
            if (template is not null) return template;
            var name = "cc_template_" + Guid.NewGuid().ToString("N");
            await ExecuteAsync($"CREATE DATABASE \"{name}\"", cancellationToken);
            var options = new DatabaseOptions { Provider = nameof(DatabaseProvider.PostgreSql), ConnectionString = For(name) };
            await using (var db = new CaseCoachDbContextFactory(Options.Create(options)).CreateDbContext())
                await new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(cancellationToken);

            // CREATE DATABASE ... TEMPLATE refuses a template anyone is connected to, pooled connections included.
            await using (var connection = new NpgsqlConnection(For(name)))
                NpgsqlConnection.ClearPool(connection);
            AppDomain.CurrentDomain.ProcessExit += (_, _) => DropTemplate(name);
            return template = name;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static void DropTemplate(string name)
    {
        try
        {
            using var connection = new NpgsqlConnection(AdminConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }
        catch (NpgsqlException)
        {
            // The server may already be stopping (tests/run.sh stops it after the run); nothing is lost.
        }
    }

    private static string For(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    private static async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using CaseCoach.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseCoach.Tests.Persistence;

/// <summary>
/// A real database opened the way the host opens it: a SQLite file in its own temp folder, or a fresh
/// database on the test PostgreSQL server (<see cref="PostgresServer"/>).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly CaseCoachDbContextFactory _factory;

    private TestDatabase(string folder, DatabaseProvider provider = DatabaseProvider.Sqlite, string? connectionString = null)
    {
        Folder = folder;
        Provider = provider;
        ConnectionString = connectionString;
        _factory = new CaseCoachDbContextFactory(Options.Create(new DatabaseOptions
        {
            DataFolder = folder, Provider = provider.ToString(), ConnectionString = connectionString,
        }));
    }

    public string Folder { get; }

    public DatabaseProvider Provider { get; }

    /// <summary>Null for the SQLite file under <see cref="Folder"/>.</summary>
    public string? ConnectionString { get; }

    public string FilePath => Path.Combine(Folder, DatabaseOptions.SqliteFileName);

    /// <summary>The settings that point a host (or several, sharing it) at this database.</summary>
    public IReadOnlyDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:CaseCoach"] = ConnectionString ?? $"Data Source={FilePath}",
    };

    public static string NewFolder() =>
        Path.Combine(Path.GetTempPath(), "casecoach-tests", Guid.NewGuid().ToString("N"));

    /// <summary>An empty file, not yet migrated.</summary>
    public static TestDatabase CreateEmpty() => new(NewFolder());

    public static async Task<TestDatabase> CreateMigratedAsync(CancellationToken cancellationToken)
    {
        var database = CreateEmpty();
        await using var db = database.CreateContext();
        await new DatabaseMigrator(db, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(cancellationToken);
        return database;
    }

    /// <summary>A migrated database of the given provider, empty of rows.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider, CancellationToken cancellationToken) =>
        provider switch
        {
            DatabaseProvider.Sqlite => await CreateMigratedAsync(cancellationToken),
            DatabaseProvider.PostgreSql => new TestDatabase(
                NewFolder(), provider, await PostgresServer.CreateDatabaseAsync(cancellationToken)),
            _ => throw new NotSupportedException($"{provider} cannot run on these machines; its migrations are checked without a server."),
        };

    /// <summary>A new context with its own connection, as a second instance would have.</summary>
    public CaseCoachDbContext CreateContext() => _factory.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.PostgreSql)
            await PostgresServer.DropDatabaseAsync(ConnectionString!);
        SqliteConnection.ClearAllPools();
        DeleteFolder(Folder);
    }

    public static void DeleteFolder(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; a failed cleanup must not fail the test.
        }
    }
}

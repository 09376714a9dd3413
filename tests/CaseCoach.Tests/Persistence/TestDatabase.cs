using CaseCoach.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CaseCoach.Tests.Persistence;

/// <summary>A real SQLite file in its own temp folder, opened the way the host opens it.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly CaseCoachDbContextFactory _factory;

    private TestDatabase(string folder)
    {
        Folder = folder;
        _factory = new CaseCoachDbContextFactory(Options.Create(new DatabaseOptions { DataFolder = folder }));
    }

    public string Folder { get; }

    public string FilePath => Path.Combine(Folder, DatabaseOptions.SqliteFileName);

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

    /// <summary>A new context with its own connection, as a second instance would have.</summary>
    public CaseCoachDbContext CreateContext() => _factory.CreateDbContext();

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        DeleteFolder(Folder);
        return ValueTask.CompletedTask;
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

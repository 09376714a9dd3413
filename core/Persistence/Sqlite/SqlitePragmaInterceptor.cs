using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseCoach.Core.Persistence.Sqlite;

/// <summary>
/// Sets up every SQLite connection so two processes (a bot and a CLI verb, or two bot instances) can
/// share the file: a busy timeout makes a writer wait for the lock instead of failing at once, and WAL
/// lets readers go on while one writes. journal_mode is stored in the file and the busy timeout stays with the native
/// connection, which Microsoft.Data.Sqlite's pool hands out again on the next Open unchanged: so the pragmas run once
/// per native connection, not on every Open (EF opens a connection for each query; running them each time was a
/// statement prepared and stepped per query, issue 14).
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL;";

    /// <summary>Native connections already set up; an entry goes with its handle once the pool closes it.</summary>
    private static readonly ConditionalWeakTable<object, object> SetUp = [];

    private static readonly object Done = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsSetUp(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        MarkSetUp(connection);
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsSetUp(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkSetUp(connection);
    }

    private static bool IsSetUp(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && SetUp.TryGetValue(handle, out _);

    private static void MarkSetUp(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle }) SetUp.AddOrUpdate(handle, Done);
    }
}

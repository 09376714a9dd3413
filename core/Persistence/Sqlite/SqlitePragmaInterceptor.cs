using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseCoach.Core.Persistence.Sqlite;

/// <summary>
/// Sets up every SQLite connection so two processes (a bot and a CLI verb, or two bot instances) can
/// share the file: a busy timeout makes a writer wait for the lock instead of failing at once, and WAL
/// lets readers go on while one writes. journal_mode is stored in the file, so after the first
/// connection it is a no-op; the busy timeout is per connection and must be set on each.
/// </summary>
public sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

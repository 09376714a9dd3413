using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CaseCoach.Tests.Persistence;

/// <summary>The busy timeout and WAL are set once per native connection, which the SQLite pool hands out again as it was.</summary>
public sealed class SqlitePragmaTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_pooled_native_connection_is_not_set_up_again_on_the_next_open()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        await SetOwnBusyTimeoutAsync(database, clearPool: false);

        await using var second = database.CreateContext();
        await second.Database.OpenConnectionAsync(Ct);

        Assert.Equal(1234, Assert.Single(await second.Database.SqlQuery<int>($"PRAGMA busy_timeout").ToListAsync(Ct)));
    }

    [Fact]
    public async Task A_new_native_connection_gets_the_busy_timeout_and_WAL()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        await SetOwnBusyTimeoutAsync(database, clearPool: true);

        await using var second = database.CreateContext();
        await second.Database.OpenConnectionAsync(Ct);

        Assert.Equal(10000, Assert.Single(await second.Database.SqlQuery<int>($"PRAGMA busy_timeout").ToListAsync(Ct)));
        Assert.Equal("wal", Assert.Single(await second.Database.SqlQuery<string>($"PRAGMA journal_mode").ToListAsync(Ct)));
    }

    /// <summary>
    /// Sets a busy timeout only these tests use on the first native connection: if the pragmas ran again on the next
    /// Open it would be back to 10000. With <paramref name="clearPool"/> that native connection is closed for good.
    /// </summary>
    private static async Task SetOwnBusyTimeoutAsync(TestDatabase database, bool clearPool)
    {
        await using var first = database.CreateContext();
        await first.Database.OpenConnectionAsync(Ct);
        await first.Database.ExecuteSqlRawAsync("PRAGMA busy_timeout = 1234", Ct);
        if (clearPool) SqliteConnection.ClearPool((SqliteConnection)first.Database.GetDbConnection());
    }
}

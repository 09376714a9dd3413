using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace CaseCoach.Core.Persistence.Sqlite;

#pragma warning disable EF1001 // EF's SQLite connection is internal API; it is the one place where its opens can be shared.
/// <summary>
/// EF's SQLite connection, able to stay open across the queries of a turn (<see cref="SharedConnection"/>). EF opens
/// and closes the connection around every query, and each open of a pooled SQLite connection registers EF's eleven SQL
/// functions again (and Microsoft.Data.Sqlite the ones it kept): measured here, six reads took 277 µs and 87 KB opened
/// one by one, 195 µs and 59 KB on one open (issue 14). While shared, the first open takes one more of EF's own open
/// counts, so the queries after it find the connection open and leave it so; letting go returns that count and EF
/// closes the connection as it would have.
/// </summary>
public sealed class ShareableSqliteConnection(
    RelationalConnectionDependencies dependencies, IRawSqlCommandBuilder rawSqlCommandBuilder, IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    /// <summary>EF's SQLite connection replaced by this one in <paramref name="builder"/>.</summary>
    public static DbContextOptionsBuilder<T> In<T>(DbContextOptionsBuilder<T> builder) where T : DbContext =>
        builder.ReplaceService<ISqliteRelationalConnection, ShareableSqliteConnection>();

    private bool _sharing;
    private bool _heldOpen;

    /// <summary>From the next open on, the connection stays open until <see cref="LetGoAsync"/>.</summary>
    public void Share() => _sharing = true;

    public async Task LetGoAsync()
    {
        _sharing = false;
        if (!_heldOpen) return;
        _heldOpen = false;
        await base.CloseAsync();
    }

    public override bool Open(bool errorsExpected = false)
    {
        var opened = base.Open(errorsExpected);
        if (!opened || !_sharing || _heldOpen) return opened;
        base.Open(errorsExpected);
        _heldOpen = true;
        return opened;
    }

    public override async Task<bool> OpenAsync(CancellationToken cancellationToken, bool errorsExpected = false)
    {
        var opened = await base.OpenAsync(cancellationToken, errorsExpected);
        if (!opened || !_sharing || _heldOpen) return opened;
        await base.OpenAsync(cancellationToken, errorsExpected);
        _heldOpen = true;
        return opened;
    }

    /// <summary>A pooled context's connection is disposed when the context goes back to the pool: nothing is shared any more.</summary>
    public override void Dispose()
    {
        (_sharing, _heldOpen) = (false, false);
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        (_sharing, _heldOpen) = (false, false);
        return base.DisposeAsync();
    }
}
#pragma warning restore EF1001

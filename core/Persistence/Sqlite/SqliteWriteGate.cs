using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace CaseCoach.Core.Persistence.Sqlite;

/// <summary>
/// Writers of one SQLite file in this process take turns here, before they would take SQLite's write lock. Without it
/// 32 concurrent turns all reach BEGIN IMMEDIATE at once and wait in SQLite's busy handler, whose sleeps (1 ms growing
/// to 100 ms, until busy_timeout) decide who goes next and make the p99; an async queue hands the lock on at once and
/// costs waiting writers no thread. Re-entrant along one async flow (a transaction's work saving through a second
/// context must not wait for itself). Across processes the busy timeout still arbitrates.
/// </summary>
public static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Files = new(StringComparer.Ordinal);
    private static readonly AsyncLocal<SemaphoreSlim?> Held = new();

    public static async Task<T> RunAsync<T>(string? connectionString, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var gate = For(connectionString);
        if (gate is null || Held.Value == gate)
            return await work(cancellationToken);

        await gate.WaitAsync(cancellationToken);
        try
        {
            // Set inside this async method: it flows into the work and is undone when the method returns.
            Held.Value = gate;
            return await work(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public static T Run<T>(string? connectionString, Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var gate = For(connectionString);
        if (gate is null || Held.Value == gate)
            return work();

        gate.Wait();
        var outer = Held.Value;
        try
        {
            Held.Value = gate;
            return work();
        }
        finally
        {
            Held.Value = outer;
            gate.Release();
        }
    }

    private static SemaphoreSlim? For(string? connectionString) =>
        FileOf(connectionString) is { } file ? Files.GetOrAdd(file, _ => new SemaphoreSlim(1, 1)) : null;

    /// <summary>The database file's full path; null for an in-memory database, which each connection has to itself.</summary>
    internal static string? FileOf(string? connectionString)
    {
        if (string.IsNullOrEmpty(connectionString)) return null;
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            return null;
        return Path.GetFullPath(source);
    }
}

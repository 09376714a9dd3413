namespace CaseCoach.Core.Persistence;

/// <summary>
/// Runs a query over a key list in chunks, so no statement's IN list (or parameter list) grows with a sweep's due
/// set: SQL Server refuses more than 2,100 parameters, and long lists defeat the plan caches of all three providers.
/// </summary>
public static class InChunks
{
    public const int Size = 500;

    public static async Task<List<T>> LoadAsync<TKey, T>(
        IEnumerable<TKey> keys, Func<TKey[], CancellationToken, Task<List<T>>> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rows = new List<T>();
        foreach (var chunk in keys.Distinct().Chunk(Size))
            rows.AddRange(await query(chunk, cancellationToken));
        return rows;
    }
}

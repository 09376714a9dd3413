namespace CaseCoach.Core.Application;

/// <summary>
/// Answers read at most once per key for the life of the service holding it (a scope: a turn, or one sweep run), for
/// lookups a sweep repeats for every notice although they change rarely. Not thread-safe, as a scope is not.
/// </summary>
public sealed class ReadOnce<TKey, TValue>(IEqualityComparer<TKey>? comparer = null) where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _read = new(comparer);

    public async Task<TValue> GetAsync(TKey key, Func<TKey, CancellationToken, Task<TValue>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (!_read.TryGetValue(key, out var value))
            _read[key] = value = await read(key, cancellationToken);
        return value;
    }
}

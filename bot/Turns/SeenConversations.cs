using CaseCoach.Core.Conversations;
using Microsoft.Extensions.Caching.Memory;

namespace CaseCoach.Bot.Turns;

/// <summary>
/// What this instance last read of each conversation's stored coordinates and stamp, so a turn whose coordinates match
/// and whose stamp is not due skips the conversation's SELECT (issue 14: it was a fifth of a read-only turn). Only
/// states read from the database go in, and an entry is dropped whenever a turn changes the row; entries live
/// <see cref="Lifetime"/> at most, so another instance's change is met within that time (the turn's coordinates are
/// always compared, so a change this activity brings is never skipped). Bounded to <see cref="Capacity"/> entries.
/// </summary>
public sealed class SeenConversations : IDisposable
{
    public const int Capacity = 10_000;
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly MemoryCache _stored = new(new MemoryCacheOptions { SizeLimit = Capacity });

    private sealed record Stored(ConversationCoordinates Coordinates, DateTimeOffset StampedAt);

    /// <summary>True when the database held exactly these coordinates, stamped less than <paramref name="stampEvery"/> ago.</summary>
    public bool IsCurrent(ConversationCoordinates coordinates, DateTimeOffset now, TimeSpan stampEvery) =>
        _stored.TryGetValue(Key(coordinates), out Stored? stored)
        && stored!.Coordinates == coordinates && now - stored.StampedAt < stampEvery;

    /// <summary>Notes a row as just read from the database (unchanged by this turn).</summary>
    public void Read(ConversationRecord record) =>
        _stored.Set(Key(record.Coordinates), new Stored(record.Coordinates, record.UpdatedAt),
            new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });

    /// <summary>This turn changes the row: until it is read again, the database decides.</summary>
    public void Changing(ConversationCoordinates coordinates) => _stored.Remove(Key(coordinates));

    public void Dispose() => _stored.Dispose();

    private static (string, string) Key(ConversationCoordinates c) => (c.ChannelId, c.ConversationId);
}

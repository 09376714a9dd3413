using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using CaseCoach.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoach.Tests.Outbox;

internal static class OutboxTestKit
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider NewClock() => new(Start);

    public static OutboxDispatcher Dispatcher(
        CaseCoachDbContext db, TimeProvider time, OutboxOptions? options = null, params IOutboxDeliverer[] deliverers) =>
        new(db, deliverers, Options.Create(options ?? new OutboxOptions()), time, NullLogger<OutboxDispatcher>.Instance);

    /// <summary>Writes <paramref name="count"/> rows of the test kind, keys "key-0".."key-N".</summary>
    public static async Task<List<string>> WriteRowsAsync(
        TestDatabase database, TimeProvider time, int count, CancellationToken cancellationToken, string kind = RecordingDeliverer.DefaultKind)
    {
        await using var db = database.CreateContext();
        var writer = new OutboxWriter(db, time);
        var keys = Enumerable.Range(0, count).Select(i => $"key-{i}").ToList();
        foreach (var key in keys)
        {
            writer.Enqueue(kind, key, new { text = "hello", key });
        }

        await db.SaveChangesAsync(cancellationToken);
        return keys;
    }

    public static async Task<List<OutboxMessage>> ReadRowsAsync(TestDatabase database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync(cancellationToken);
    }
}

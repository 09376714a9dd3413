using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Telemetry;

/// <summary>What waits in the outbox: how many rows, and how long the oldest has waited.</summary>
public sealed record OutboxBacklog(int Undelivered, TimeSpan OldestAge)
{
    public static readonly OutboxBacklog Empty = new(0, TimeSpan.Zero);

    /// <summary>Two aggregate queries over the status index; no rows are loaded.</summary>
    public static async Task<OutboxBacklog> ReadAsync(CaseCoachDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var waiting = db.OutboxMessages.AsNoTracking().Undelivered();
        var count = await waiting.CountAsync(cancellationToken);
        if (count == 0) return Empty;
        var oldest = await waiting.OrderBy(m => m.Id).Select(m => m.CreatedAt).FirstAsync(cancellationToken);
        return new OutboxBacklog(count, now - oldest);
    }
}

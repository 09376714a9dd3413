namespace CaseCoach.Core.Outbox;

public static class OutboxQueries
{
    /// <summary>Rows not yet delivered: waiting for their turn, or claimed and in flight.</summary>
    public static IQueryable<OutboxMessage> Undelivered(this IQueryable<OutboxMessage> rows) =>
        rows.Where(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.InFlight);
}

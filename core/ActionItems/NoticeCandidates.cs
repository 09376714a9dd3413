using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// The sweep's reads (R20-R22): open items due by a date that may still owe a notice, in keyset pages on the
/// (Status, NoticesPendingFor, Id) index, each with the notices already sent about its current due date read by one
/// correlated probe of the (ActionItemId, DueOn, Kind) index. Items whose post-due notices are all sent are settled
/// (<see cref="SettleAsync"/>: marker cleared), so items that stay open long after escalation are outside the range.
/// </summary>
public sealed class NoticeCandidates(CaseCoachDbContext db)
{
    /// <summary>Where the previous page ended: the keyset position (DueOn, Id).</summary>
    public sealed record Position(DateOnly DueOn, Guid Id);

    public Task<List<NoticeCandidate>> PageAsync(DateOnly dueBy, Position? after, int size, CancellationToken cancellationToken)
    {
        // The marker equals DueOn while set (the entity sets both together), so it is the range and the keyset column.
        var open = db.Set<ActionItem>().AsNoTracking().Where(i => i.Status == ActionItemStatus.Open && i.NoticesPendingFor <= dueBy);
        // ">= last" first, so the index range starts at the last page's end instead of rescanning from the start.
        if (after is { } p)
            open = open.Where(i => i.NoticesPendingFor >= p.DueOn && (i.NoticesPendingFor > p.DueOn || i.Id.CompareTo(p.Id) > 0));
        return Owing(open.OrderBy(i => i.NoticesPendingFor).ThenBy(i => i.Id)).Take(size).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The candidates of these sessions (a checklist's few items each), so a session's notices of a kind go out as one
    /// message; one statement per chunk of <see cref="InChunks.Size"/> sessions.
    /// </summary>
    public Task<List<NoticeCandidate>> OfSessionsAsync(IEnumerable<Guid> coachingRecordIds, DateOnly dueBy, CancellationToken cancellationToken) =>
        InChunks.LoadAsync(coachingRecordIds, (chunk, ct) => Owing(db.Set<ActionItem>().AsNoTracking()
            .Where(i => chunk.Contains(i.CoachingRecordId) && i.Status == ActionItemStatus.Open && i.NoticesPendingFor <= dueBy)).ToListAsync(ct),
            cancellationToken);

    /// <summary>
    /// Clears the marker of those items whose overdue notice, email and escalation about their current due date are
    /// all on file, checked in the same statement: whoever sent them (this run, another instance, a run cut short),
    /// and a due date extended meanwhile (no notices about the new date yet) keeps its marker.
    /// </summary>
    public Task<int> SettleAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        var sent = db.Set<ActionItemNotice>();
        return db.Set<ActionItem>()
            .Where(i => itemIds.Contains(i.Id) && i.NoticesPendingFor == i.DueOn
                && sent.Count(n => n.ActionItemId == i.Id && n.DueOn == i.DueOn && n.Kind != NoticeKind.Reminder) == 3)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.NoticesPendingFor, (DateOnly?)null), cancellationToken);
    }

    private IQueryable<NoticeCandidate> Owing(IQueryable<ActionItem> items)
    {
        var sent = db.Set<ActionItemNotice>();
        return items
            .Select(i => new NoticeCandidate(i.Id, i.CoachingRecordId, i.DueOn,
                sent.Where(n => n.ActionItemId == i.Id && n.DueOn == i.DueOn)
                    .Sum(n => n.Kind == NoticeKind.Reminder ? 1 : n.Kind == NoticeKind.Overdue ? 2 : n.Kind == NoticeKind.OverdueEmail ? 4 : 8)));
    }
}

using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// The sweep's reads (R20-R22): open items due by a date that still owe a notice, in keyset pages on the
/// (Status, DueOn, Id) index, each with the notices already sent about its current due date read by one correlated
/// probe of the (ActionItemId, DueOn, Kind) index. An item whose overdue, email and escalation notices are all sent is
/// left out in SQL, so items that stay open long after escalation cost an index probe each run, never a row in memory.
/// </summary>
public sealed class NoticeCandidates(CaseCoachDbContext db)
{
    /// <summary>Where the previous page ended: the keyset position (DueOn, Id).</summary>
    public sealed record Position(DateOnly DueOn, Guid Id);

    public Task<List<NoticeCandidate>> PageAsync(DateOnly dueBy, Position? after, int size, CancellationToken cancellationToken)
    {
        var open = db.Set<ActionItem>().AsNoTracking().Where(i => i.Status == ActionItemStatus.Open && i.DueOn <= dueBy);
        // "DueOn >= last" first, so the index range starts at the last page's end instead of rescanning from the start.
        if (after is { } p)
            open = open.Where(i => i.DueOn >= p.DueOn && (i.DueOn > p.DueOn || i.Id.CompareTo(p.Id) > 0));
        return Owing(open.OrderBy(i => i.DueOn).ThenBy(i => i.Id)).Take(size).ToListAsync(cancellationToken);
    }

    /// <summary>One session's candidates (a checklist's few items), so its notices of a kind go out as one message.</summary>
    public Task<List<NoticeCandidate>> OfSessionAsync(Guid coachingRecordId, DateOnly dueBy, CancellationToken cancellationToken) =>
        Owing(db.Set<ActionItem>().AsNoTracking()
            .Where(i => i.CoachingRecordId == coachingRecordId && i.Status == ActionItemStatus.Open && i.DueOn <= dueBy)).ToListAsync(cancellationToken);

    private IQueryable<NoticeCandidate> Owing(IQueryable<ActionItem> items)
    {
        var sent = db.Set<ActionItemNotice>();
        return items
            .Select(i => new
            {
                i.Id, i.CoachingRecordId, i.DueOn,
                Sent = sent.Where(n => n.ActionItemId == i.Id && n.DueOn == i.DueOn)
                    .Sum(n => n.Kind == NoticeKind.Reminder ? 1 : n.Kind == NoticeKind.Overdue ? 2 : n.Kind == NoticeKind.OverdueEmail ? 4 : 8),
            })
            .Where(c => (c.Sent & NoticeCandidate.AllAfterDue) != NoticeCandidate.AllAfterDue)
            .Select(c => new NoticeCandidate(c.Id, c.CoachingRecordId, c.DueOn, c.Sent));
    }
}

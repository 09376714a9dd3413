using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// The sweep's reads (R20-R22): open items due by a date that still owe a notice, in keyset pages on the
/// (Status, DueOn, Id) index, each with its sent notices probed by NOT EXISTS on the (ActionItemId, DueOn, Kind)
/// index. An item whose overdue, email and escalation notices are all sent is left out in SQL, so the items that
/// stay open long after escalation cost an index probe each run, never a row in memory.
/// </summary>
public sealed class NoticeCandidates(CaseCoachDbContext db)
{
    /// <summary>Where the previous page ended: the keyset position (DueOn, Id).</summary>
    public sealed record Position(DateOnly DueOn, Guid Id);

    public Task<List<NoticeCandidate>> PageAsync(DateOnly dueBy, Position? after, int size, CancellationToken cancellationToken)
    {
        var open = Open(dueBy);
        if (after is { } p)
            open = open.Where(i => i.DueOn > p.DueOn || (i.DueOn == p.DueOn && i.Id.CompareTo(p.Id) > 0));
        return Project(open.OrderBy(i => i.DueOn).ThenBy(i => i.Id).Take(size)).ToListAsync(cancellationToken);
    }

    /// <summary>One session's candidates (a checklist's few items), so its notices of a kind go out as one message.</summary>
    public Task<List<NoticeCandidate>> OfSessionAsync(Guid coachingRecordId, DateOnly dueBy, CancellationToken cancellationToken) =>
        Project(Open(dueBy).Where(i => i.CoachingRecordId == coachingRecordId)).ToListAsync(cancellationToken);

    private IQueryable<ActionItem> Open(DateOnly dueBy)
    {
        var sent = db.Set<ActionItemNotice>();
        return db.Set<ActionItem>().AsNoTracking()
            .Where(i => i.Status == ActionItemStatus.Open && i.DueOn <= dueBy)
            .Where(i => !(sent.Any(n => n.ActionItemId == i.Id && n.DueOn == i.DueOn && n.Kind == NoticeKind.Escalation)
                && sent.Any(n => n.ActionItemId == i.Id && n.DueOn == i.DueOn && n.Kind == NoticeKind.OverdueEmail)
                && sent.Any(n => n.ActionItemId == i.Id && n.DueOn == i.DueOn && n.Kind == NoticeKind.Overdue)));
    }

    private IQueryable<NoticeCandidate> Project(IQueryable<ActionItem> items)
    {
        var sent = db.Set<ActionItemNotice>();
        return items.Select(i => new NoticeCandidate(i.Id, i.CoachingRecordId, i.DueOn,
            sent.Any(n => n.ActionItemId == i.Id && n.DueOn == i.DueOn && n.Kind == NoticeKind.Reminder),
            sent.Any(n => n.ActionItemId == i.Id && n.DueOn == i.DueOn && n.Kind == NoticeKind.Overdue),
            sent.Any(n => n.ActionItemId == i.Id && n.DueOn == i.DueOn && n.Kind == NoticeKind.OverdueEmail),
            sent.Any(n => n.ActionItemId == i.Id && n.DueOn == i.DueOn && n.Kind == NoticeKind.Escalation)));
    }
}

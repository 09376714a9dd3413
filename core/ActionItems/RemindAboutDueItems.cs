using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// The action-item sweep, R20-R22 from stored dates: which notices are due (OverduePlan), sent one (session, kind)
/// group per commit. The notices' unique keys make a repeat, or another instance that got there first, fail that
/// commit with a unique violation, which alone counts as already sent.
/// </summary>
public sealed class RemindAboutDueItems(CaseCoachDbContext db, ActionItemCalendar calendar, SendDueNotices send, ILogger<RemindAboutDueItems> logger)
{
    /// <summary>Far enough ahead to cover the business day before a due date across long holiday weekends.</summary>
    private const int HorizonDays = 14;

    public async Task RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var clock = await calendar.ClockAsync(now, cancellationToken);
        var horizon = clock.Today.AddDays(HorizonDays);
        var open = await db.Set<ActionItem>().AsNoTracking()
            .Where(i => i.Status == ActionItemStatus.Open && i.DueOn <= horizon)
            .ToListAsync(cancellationToken);
        var ids = open.Select(i => i.Id).ToList();
        var sent = (await db.Set<ActionItemNotice>().AsNoTracking().Where(n => ids.Contains(n.ActionItemId))
            .Select(n => n.Key).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var due = open
            .SelectMany(item => OverduePlan.Due(item, clock).Select(kind => new DueNotice(item.Id, item.CoachingRecordId, kind, OverduePlan.Key(kind, item.Id, item.DueOn))))
            .Where(notice => !sent.Contains(notice.Key));
        foreach (var group in due.GroupBy(n => (n.CoachingRecordId, n.Kind)).OrderBy(g => g.Key.Kind))
        {
            try
            {
                await send.HandleAsync(new SendDueNoticesCommand(group.Key.CoachingRecordId, group.Key.Kind, group.ToList(), clock), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                Log.NoticesSent(logger, group.Key.Kind.ToString(), group.Count());
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                // Only a notice key that already exists means done; any other failure is real and surfaces.
                Log.NoticesAlreadySent(logger, group.Key.Kind.ToString());
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}

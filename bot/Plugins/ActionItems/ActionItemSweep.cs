using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// R20-R22 from stored dates: reminders, overdue notices, the overdue email and the escalation. Each (session, notice)
/// group commits its notice rows, fidelity events and outbox rows together; the notices' unique keys make a repeat,
/// or another instance that got there first, fail that commit with a unique violation, which alone counts as already sent.
/// </summary>
public sealed class ActionItemSweep(
    CaseCoachDbContext db, ActionItemsContext context, NoticeSender sender, ILogger<ActionItemSweep> logger) : ISweep
{
    /// <summary>Far enough ahead to cover the business day before a due date across long holiday weekends.</summary>
    private const int HorizonDays = 14;

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var clock = await context.ClockAsync(cancellationToken);
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
                await sender.SendAsync(group.Key.CoachingRecordId, group.Key.Kind, group.ToList(), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                Log.NoticesSent(logger, group.Key.Kind.ToString(), group.Count());
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                // Only a notice key that already exists means done: this run repeated one, or another instance sent it
                // first. Any other failure is real and surfaces to the sweep host.
                Log.NoticesAlreadySent(logger, group.Key.Kind.ToString());
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}

public sealed record DueNotice(Guid ActionItemId, Guid CoachingRecordId, NoticeKind Kind, string Key);

using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// The action-item sweep, R20-R22 from stored dates: which notices are due (<see cref="DueNoticePlan"/>), sent one
/// (session, kind) group per commit. Items are read in keyset pages (<see cref="NoticeCandidates"/>), so memory holds
/// one page whatever the table's size; a session met in a page is completed from its own items, so its notices of a
/// kind go out as one message even when its items fall on several pages. The notices' unique keys make a repeat, or
/// another instance that got there first, fail that commit with a unique violation, which alone counts as already sent.
/// </summary>
/// <param name="pageSize">Items read per query; bounds memory and each query's work.</param>
public sealed class RemindAboutDueItems(
    CaseCoachDbContext db, ActionItemCalendar calendar, NoticeCandidates candidates, SendDueNotices send, ILogger<RemindAboutDueItems> logger,
    int pageSize = RemindAboutDueItems.DefaultPageSize)
{
    public const int DefaultPageSize = 1000;

    public async Task RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var plan = new DueNoticePlan(await calendar.ClockAsync(now, cancellationToken));
        for (NoticeCandidates.Position? after = null; ;)
        {
            var page = await candidates.PageAsync(plan.DueBy, after, pageSize, cancellationToken);
            // Sent notices are committed before the next page is read, so a session met again later owes only what is left.
            foreach (var session in page.Where(c => plan.Owed(c).Any()).Select(c => c.CoachingRecordId).Distinct())
                await SendSessionAsync(plan, session, cancellationToken);
            // Settled but still marked: a run cut short between the escalation's commit and its settling.
            var leftOver = page.Where(c => c.AllSentAfterDue).Select(c => c.Id).ToList();
            if (leftOver.Count > 0)
                await candidates.SettleAsync(leftOver, cancellationToken);
            if (page.Count < pageSize) return;
            after = new(page[^1].DueOn, page[^1].Id);
        }
    }

    private async Task SendSessionAsync(DueNoticePlan plan, Guid session, CancellationToken cancellationToken)
    {
        var items = await candidates.OfSessionAsync(session, plan.DueBy, cancellationToken);
        var owed = items.SelectMany(plan.Owed).ToList();
        foreach (var group in owed.GroupBy(n => n.Kind).OrderBy(g => g.Key))
        {
            try
            {
                await send.HandleAsync(new SendDueNoticesCommand(session, group.Key, group.ToList(), plan.Clock), cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                Log.NoticesSent(logger, group.Key.ToString(), group.Count());
            }
            catch (DbUpdateException e) when (e.IsUniqueViolation())
            {
                // Only a notice key that already exists means done; any other failure is real and surfaces.
                Log.NoticesAlreadySent(logger, group.Key.ToString());
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        // Items now owing nothing more about this due date leave the sweep's range (the statement checks the notices).
        var settled = items.Where(c => c.AllSentAfterDueWith(owed.Where(n => n.ActionItemId == c.Id).Select(n => n.Kind))).Select(c => c.Id).ToList();
        if (settled.Count > 0)
            await candidates.SettleAsync(settled, cancellationToken);
    }
}

using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// The action-item sweep, R20-R22 from stored dates: which notices are due (<see cref="DueNoticePlan"/>), sent one
/// (session, kind) group at a time. Items are read in keyset pages (<see cref="NoticeCandidates"/>), so memory holds
/// one page whatever the table's size; a session met in a page is completed from its own items, so its notices of a
/// kind go out as one message even when its items fall on several pages. A page's sessions commit in batches, one
/// transaction each, with each group in its own savepoint: one durable commit serves many groups, and the notices'
/// unique keys make a repeat, or another instance that got there first, fail that group alone with a unique violation,
/// which alone counts as already sent.
/// </summary>
/// <param name="pageSize">Items read per query; bounds memory and each query's work.</param>
/// <param name="sessionsPerCommit">Sessions sent per transaction; bounds how long one commit holds the write lock.</param>
public sealed class RemindAboutDueItems(
    CaseCoachDbContext db, ActionItemCalendar calendar, NoticeCandidates candidates, ActionItemWork work, SendDueNotices send, ILogger<RemindAboutDueItems> logger,
    int pageSize = RemindAboutDueItems.DefaultPageSize, int sessionsPerCommit = RemindAboutDueItems.DefaultSessionsPerCommit)
{
    public const int DefaultPageSize = 1000;

    /// <summary>
    /// On SQLite every turn's write waits while a batch holds the write lock, so a batch stays short (a few tens of
    /// milliseconds); 2,500 sessions still make 80 commits instead of 2,500 or more.
    /// </summary>
    public const int DefaultSessionsPerCommit = 32;

    private sealed record GroupOutcome(NoticeKind Kind, int Count, bool AlreadySent);

    public async Task RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(sessionsPerCommit, 1);
        var plan = new DueNoticePlan(await calendar.ClockAsync(now, cancellationToken));
        for (NoticeCandidates.Position? after = null; ;)
        {
            var page = await candidates.PageAsync(plan.DueBy, after, pageSize, cancellationToken);
            var owing = page.Where(c => plan.Owed(c).Any()).Select(c => c.CoachingRecordId).Distinct().ToList();
            if (owing.Count > 0)
            {
                var items = (await candidates.OfSessionsAsync(owing, plan.DueBy, cancellationToken)).ToLookup(c => c.CoachingRecordId);
                // Sent notices are committed before the next page is read, so a session met again later owes only what is left.
                foreach (var batch in owing.Chunk(sessionsPerCommit))
                    await SendBatchAsync(plan, batch, items, cancellationToken);
            }
            // Settled but still marked: a run cut short between the escalation's commit and its settling.
            var leftOver = page.Where(c => c.AllSentAfterDue).Select(c => c.Id).ToList();
            if (leftOver.Count > 0)
                await candidates.SettleAsync(leftOver, cancellationToken);
            if (page.Count < pageSize) return;
            after = new(page[^1].DueOn, page[^1].Id);
        }
    }

    private async Task SendBatchAsync(DueNoticePlan plan, Guid[] sessions, ILookup<Guid, NoticeCandidate> items, CancellationToken cancellationToken)
    {
        var outcomes = await db.InTransactionAsync(async ct =>
        {
            // A replay by the execution strategy starts again from nothing tracked.
            db.ChangeTracker.Clear();
            var sent = new List<GroupOutcome>();
            var settled = new List<Guid>();
            // Read once for all of the session's groups: sending changes none of it (the notices are rows of their own).
            var checklists = await work.LoadManyAsync(sessions, ct);
            foreach (var session in sessions)
            {
                if (!checklists.TryGetValue(session, out var checklist)) continue; // deleted since the page was read
                var own = items[session].ToList();
                var owed = own.SelectMany(plan.Owed).ToList();
                foreach (var group in owed.GroupBy(n => n.Kind).OrderBy(g => g.Key))
                    sent.Add(await SendGroupAsync(new SendDueNoticesCommand(checklist, group.Key, group.ToList(), plan.Clock), ct));
                settled.AddRange(own.Where(c => c.AllSentAfterDueWith(owed.Where(n => n.ActionItemId == c.Id).Select(n => n.Kind))).Select(c => c.Id));
            }

            // Items now owing nothing more about this due date leave the sweep's range (the statement checks the notices).
            foreach (var chunk in settled.Chunk(InChunks.Size))
                await candidates.SettleAsync(chunk, ct);
            return sent;
        }, cancellationToken);

        // Logged once committed: until then nothing was sent.
        foreach (var outcome in outcomes)
        {
            if (outcome.AlreadySent) Log.NoticesAlreadySent(logger, outcome.Kind.ToString());
            else Log.NoticesSent(logger, outcome.Kind.ToString(), outcome.Count);
        }
    }

    private async Task<GroupOutcome> SendGroupAsync(SendDueNoticesCommand command, CancellationToken cancellationToken)
    {
        try
        {
            await send.HandleAsync(command, cancellationToken);
            // Inside the batch's transaction EF saves in a savepoint of its own and rolls back to it when the save
            // fails, so a unique violation undoes this group alone and the transaction goes on (PostgreSQL included).
            await db.SaveChangesAsync(cancellationToken);
            return new(command.Kind, command.Notices.Count, AlreadySent: false);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Only a notice key that already exists means done; any other failure is real and rolls the batch back.
            return new(command.Kind, command.Notices.Count, AlreadySent: true);
        }
        finally
        {
            // Neither a saved group's entities nor a rolled-back one's may be saved again with the next group.
            db.ChangeTracker.Clear();
        }
    }
}

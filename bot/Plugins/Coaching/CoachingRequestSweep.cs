using CaseCoach.Core.Audit;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>
/// Takes up each <see cref="CoachingNeeded"/> event and asks for a session (R11-R14): the best times from everyone's
/// calendar, as a poll card in the supervisor's chat and as the request email. Each event commits on its own; while
/// the calendar cannot answer the event waits for the next run. Safe on two instances: one request per review.
/// </summary>
public sealed class CoachingRequestSweep(
    CaseCoachDbContext db, CoachingSlots slots, CoachingCards cards, CoachingMessages messages,
    IOptions<CoachingOptions> options, TimeProvider time, ILogger<CoachingRequestSweep> logger) : ISweep
{
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var waiting = await db.CoachingNeededEvents.Where(e => e.TakenUpAt == null).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(cancellationToken);
        foreach (var id in waiting)
        {
            await TakeUpAsync(id, cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private async Task TakeUpAsync(long eventId, CancellationToken cancellationToken)
    {
        var needed = await db.CoachingNeededEvents.SingleAsync(e => e.Id == eventId, cancellationToken);
        var who = await CoachingParticipants.LoadAsync(db, needed.ReviewId, cancellationToken);
        if (who is null || !needed.TakeUp(time.GetUtcNow())) return;

        var search = await slots.FirstAsync(who, cancellationToken);
        if (search is not CalendarResult<CoachingSlotsFound>.Done { Value: var found })
        {
            Log.CalendarUnavailable(logger, who.Review.Id, search is CalendarResult<CoachingSlotsFound>.Transient t ? t.Reason : ((CalendarResult<CoachingSlotsFound>.Failed)search).Reason);
            return;
        }

        if (found.Refusals.Count > 0)
        {
            // Nothing a retry can fix: the people on the case must change first, so the event is taken up and logged.
            Log.AttendeesRefused(logger, who.Review.Id, string.Join(" ", found.Refusals));
            db.AuditEntries.Add(AuditEntry.Record(AuditEntry.SystemActor, "coaching.refused", "Review", who.Review.Key, time.GetUtcNow(),
                new { reasons = found.Refusals }));
            await SaveAsync(who.Review.Id, cancellationToken);
            return;
        }

        var request = CoachingRequest.Open(who.Review.Id, found.Slots, found.WindowEnd, time.GetUtcNow());
        db.Set<CoachingRequest>().Add(request);
        var card = cards.Poll(request, who);
        await messages.SendPollAsync(request, who.Supervisor, card, cancellationToken);
        await messages.EmailRequestAsync(request, who, card, options.Value.SessionMinutes, cancellationToken);
        db.AuditEntries.Add(AuditEntry.Record(AuditEntry.SystemActor, "coaching.requested", "CoachingRequest", request.Key, time.GetUtcNow(),
            new { offered = found.Slots.Count }));
        if (await SaveAsync(who.Review.Id, cancellationToken)) Log.RequestOpened(logger, who.Review.Id, found.Slots.Count);
    }

    private async Task<bool> SaveAsync(long reviewId, CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(ct => db.SaveChangesAsync(ct), cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            Log.LostRace(logger, reviewId);
            return false;
        }
    }
}

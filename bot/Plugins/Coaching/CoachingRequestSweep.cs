using CaseCoach.Core.Coaching;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>
/// Takes up each waiting CoachingNeeded event with <see cref="OpenCoachingRequest"/> (R11-R14). Each event commits
/// on its own; a unique-key violation means another instance opened the request (one per review).
/// </summary>
public sealed class CoachingRequestSweep(OpenCoachingRequest open, CaseCoachDbContext db, TimeProvider time, ILogger<CoachingRequestSweep> logger) : ISweep
{
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var waiting = await db.CoachingNeededEvents.Where(e => e.TakenUpAt == null).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(cancellationToken);
        foreach (var id in waiting)
        {
            var result = await open.HandleAsync(new OpenCoachingRequestCommand(id, time.GetUtcNow()), cancellationToken);
            if (result.Refusal is { } refusal) Log.Waits(logger, id, refusal.Reason);
            else if (result.Value is { } taken && taken.Refusals.Count > 0) Log.AttendeesRefused(logger, taken.ReviewId, string.Join(" ", taken.Refusals));
            if (result.Value is { } done)
            {
                if (!await db.SaveUnlessDoneAsync(cancellationToken)) Log.LostRace(logger, done.ReviewId);
                else if (done.Request is not null) Log.RequestOpened(logger, done.ReviewId, done.Offered);
            }
            db.ChangeTracker.Clear();
        }
    }
}

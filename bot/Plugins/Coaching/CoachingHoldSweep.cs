using CaseCoach.Core.Coaching;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>
/// R10: places holds with <see cref="PlaceCoachingHold"/> for started reviews that ask for one, and releases them with
/// <see cref="CancelCoachingHold"/> when no coaching is needed or the session is booked. Each commits on its own; a
/// unique-key violation means another instance did it; a calendar that cannot answer is tried on the next run.
/// </summary>
public sealed class CoachingHoldSweep(
    PlaceCoachingHold place, CancelCoachingHold cancel, CaseCoachDbContext db, TimeProvider time, ILogger<CoachingHoldSweep> logger) : ISweep
{
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var holds = db.Set<CoachingHold>();
        var toPlace = await db.Reviews
            .Where(r => r.CoachingHoldRequested && r.StartedAt != null && r.Decision == null && !holds.Any(h => h.ReviewId == r.Id))
            .Select(r => r.Id).ToListAsync(cancellationToken);
        var booked = db.Set<CoachingRequest>().Where(c => c.Status == CoachingRequestStatus.Booked).Select(c => c.ReviewId);
        var toCancel = await holds
            .Where(h => h.CancelledAt == null && db.Reviews.Any(r => r.Id == h.ReviewId
                && (r.Decision == ReviewDecision.NoCoachingNeeded || booked.Contains(r.Id))))
            .Select(h => h.Id).ToListAsync(cancellationToken);

        foreach (var reviewId in toPlace)
            await CommitAsync(reviewId, "placed", await place.HandleAsync(new(reviewId, time.GetUtcNow()), cancellationToken), cancellationToken);
        foreach (var holdId in toCancel)
            await CommitAsync(holdId, "cancelled", await cancel.HandleAsync(new(holdId, time.GetUtcNow()), cancellationToken), cancellationToken);
    }

    private async Task CommitAsync(long id, string action, Core.Application.Result<CoachingHold> result, CancellationToken cancellationToken)
    {
        if (result.Refusal is { } refusal) Log.Hold(logger, id, $"{action}: waits ({refusal.Reason})");
        else if (!await db.SaveUnlessDoneAsync(cancellationToken)) Log.Hold(logger, id, "was handled by another instance");
        else Log.Hold(logger, id, action);
        db.ChangeTracker.Clear();
    }
}

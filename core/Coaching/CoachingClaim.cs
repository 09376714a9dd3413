using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Coaching;

/// <summary>
/// The lock that keeps a second pick off the calendar (R14): a set-based conditional update, committed at once on
/// purpose. 0 rows means another pick is booking; a claim left by a crashed instance frees itself after a while.
/// The token names one click, so a turn run again after a lost race keeps its claim.
/// </summary>
public sealed class CoachingClaim(CaseCoachDbContext db)
{
    /// <summary>Long enough for a slow calendar call.</summary>
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

    public async Task<bool> TakeAsync(CoachingRequest request, string token, TimeSlot time, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var until = now + ClaimFor;
        var claimed = await db.Set<CoachingRequest>()
            .Where(r => r.Id == request.Id && r.Status == CoachingRequestStatus.Open
                && (r.ClaimToken == null || r.ClaimToken == token || r.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.ClaimToken, token)
                .SetProperty(r => r.ClaimedUntil, until)
                .SetProperty(r => r.ClaimedStart, time.Start)
                .SetProperty(r => r.ClaimedEnd, time.End), cancellationToken);
        return claimed == 1;
    }

    public Task ReleaseAsync(CoachingRequest request, string token, CancellationToken cancellationToken) =>
        db.Set<CoachingRequest>().Where(r => r.Id == request.Id && r.ClaimToken == token)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimToken, (string?)null).SetProperty(r => r.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
}

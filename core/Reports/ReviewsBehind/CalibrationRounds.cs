using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews.Calibration;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Reports.ReviewsBehind;

/// <summary>R25: a round's answers are seen by no one until every review of it is in (as the interrater report computes them).</summary>
internal static class CalibrationRounds
{
    public static async Task<bool> IsCompleteAsync(CaseCoachDbContext db, long jurisdictionId, long roundId, CancellationToken cancellationToken)
    {
        if (!await db.Set<CalibrationRound>().AnyAsync(r => r.Id == roundId && r.JurisdictionId == jurisdictionId, cancellationToken)) return false;
        var reviews = db.Reviews.Where(r => r.CalibrationRoundId == roundId);
        return await reviews.AnyAsync(cancellationToken) && !await reviews.AnyAsync(r => r.CompletedAt == null, cancellationToken);
    }
}

using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Coaching;

/// <summary>R13: the caseworker's marks of a request's current times, by slot id (marks of replaced times are left out).</summary>
public sealed class CoachingMarks(CaseCoachDbContext db)
{
    public async Task<IReadOnlyDictionary<string, bool>> OfAsync(CoachingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var current = request.Slots.Select(s => s.Id).ToList();
        return await db.Set<CoachingSlotMark>().AsNoTracking()
            .Where(m => m.CoachingRequestId == request.Id && current.Contains(m.SlotId))
            .ToDictionaryAsync(m => m.SlotId, m => m.Works, cancellationToken);
    }
}

using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Reviews.Calibration;

/// <summary>R25: the quality reviewers a jurisdiction serves (by their unit, as <see cref="JurisdictionMap"/> decides), in id order.</summary>
public static class JurisdictionReviewers
{
    public static async Task<IReadOnlyList<Person>> LoadAsync(CaseCoachDbContext db, Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var map = await JurisdictionMap.LoadAsync(db, cancellationToken);
        var reviewers = await db.People.Include(p => p.Unit).Where(p => p.Role == Role.Reviewer).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        return [.. reviewers.Where(p => map.ServingUnit(p.Unit?.JurisdictionId)?.Id == jurisdiction.Id)];
    }
}

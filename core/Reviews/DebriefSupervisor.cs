using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Reviews;

/// <summary>R7: the QA supervisor a reviewer debriefs with: their own when they have one, otherwise the first one.</summary>
public sealed class DebriefSupervisor(CaseCoachDbContext db)
{
    public async Task<Person?> ForAsync(Person reviewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        return await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == reviewer.SupervisorId && p.Role == Role.QaSupervisor, cancellationToken)
            ?? await db.People.AsNoTracking().Where(p => p.Role == Role.QaSupervisor).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
    }
}

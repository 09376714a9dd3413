using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Core.ActionItems;

/// <summary>R22, the "who" of an escalation: every director of quality, and the program director over the caseworker.</summary>
public sealed class EscalationRecipients(CaseCoachDbContext db, ILogger<EscalationRecipients> logger)
{
    public async Task<IReadOnlyList<Person>> DirectorsAsync(Checklist checklist, CancellationToken cancellationToken)
    {
        var quality = await db.People.Where(p => p.Role == Role.DirectorOfQuality).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var program = await ProgramDirectorAsync(checklist, cancellationToken);
        return program is null ? quality : [.. quality, program];
    }

    /// <summary>The caseworker's supervisor's manager when a program director, else the unit's program director.</summary>
    public async Task<Person?> ProgramDirectorAsync(Checklist checklist, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        if (checklist.Supervisor.SupervisorId is { } managerId
            && await db.People.SingleOrDefaultAsync(p => p.Id == managerId && p.Role == Role.ProgramDirector, cancellationToken) is { } manager)
            return manager;
        var director = await db.People.Where(p => p.Role == Role.ProgramDirector && p.UnitId == checklist.Case.UnitId)
            .OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (director is null)
            Log.NoProgramDirector(logger, checklist.Case.UnitId);
        return director;
    }
}

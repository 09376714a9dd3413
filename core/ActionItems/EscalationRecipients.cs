using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// R22, the "who" of an escalation: every director of quality, and the program director over the caseworker.
/// Each answer is read once per scope (a turn, or one sweep run, which escalates hundreds of sessions to the same
/// few directors); a change to the directors takes effect from the next run.
/// </summary>
public sealed class EscalationRecipients(CaseCoachDbContext db, ILogger<EscalationRecipients> logger)
{
    private List<Person>? _quality;
    private readonly ReadOnce<(long? ManagerId, long UnitId), Person?> _program = new();

    public async Task<IReadOnlyList<Person>> DirectorsAsync(Checklist checklist, CancellationToken cancellationToken)
    {
        _quality ??= await db.People.AsNoTracking().Where(p => p.Role == Role.DirectorOfQuality).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var program = await ProgramDirectorAsync(checklist, cancellationToken);
        return program is null ? _quality : [.. _quality, program];
    }

    /// <summary>The caseworker's supervisor's manager when a program director, else the unit's program director.</summary>
    public Task<Person?> ProgramDirectorAsync(Checklist checklist, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        return _program.GetAsync((checklist.Supervisor.SupervisorId, checklist.Case.UnitId), FindProgramDirectorAsync, cancellationToken);
    }

    private async Task<Person?> FindProgramDirectorAsync((long? ManagerId, long UnitId) key, CancellationToken cancellationToken)
    {
        var (managerId, unitId) = key;
        if (managerId is { } id
            && await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.Role == Role.ProgramDirector, cancellationToken) is { } manager)
            return manager;
        var director = await db.People.AsNoTracking().Where(p => p.Role == Role.ProgramDirector && p.UnitId == unitId)
            .OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (director is null)
            Log.NoProgramDirector(logger, unitId);
        return director;
    }
}

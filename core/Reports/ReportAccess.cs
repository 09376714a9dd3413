using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Reports;

public enum ReportRefusal
{
    /// <summary>Nobody is signed in.</summary>
    NotSignedIn,

    /// <summary>Unknown person, a role without reports, or another jurisdiction's key: 403, and nothing is shown.</summary>
    Forbidden,
}

/// <summary>The viewer and what they may see, or why they may see nothing.</summary>
public sealed record ReportViewer(Person Person, Jurisdiction Jurisdiction, ReportScope Scope);

/// <summary>
/// Who sees which results: the director of quality and the QA team their whole jurisdiction, program directors and
/// supervisors their units (their own and those of the people reporting to them), caseworkers only the reviews of
/// their own cases. Identity is the signed-in Entra object id only.
/// </summary>
public sealed class ReportAccess(CaseCoachDbContext db)
{
    private static readonly Role[] JurisdictionWide = [Role.DirectorOfQuality, Role.QaSupervisor, Role.Reviewer];

    public async Task<(ReportViewer? Viewer, ReportRefusal? Refusal)> ResolveAsync(
        string? aadObjectId, string? jurisdictionKey, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(aadObjectId)) return (null, ReportRefusal.NotSignedIn);
        var person = await db.People.AsNoTracking().Include(p => p.Unit)
            .SingleOrDefaultAsync(p => p.AadObjectId == aadObjectId, cancellationToken);
        if (person is null || person.Role == Role.ProgramAdministrator) return (null, ReportRefusal.Forbidden);

        var home = await HomeJurisdictionAsync(person, cancellationToken);
        if (home is null) return (null, ReportRefusal.Forbidden);
        if (jurisdictionKey is not null && !string.Equals(jurisdictionKey.Trim(), home.Key, StringComparison.OrdinalIgnoreCase))
            return (null, ReportRefusal.Forbidden);

        var scope = person.Role switch
        {
            _ when JurisdictionWide.Contains(person.Role) => ReportScope.Jurisdiction(home.Id),
            Role.ProgramDirector or Role.Supervisor => new ReportScope(home.Id, await UnitsOverseenAsync(person, cancellationToken)),
            Role.Caseworker => new ReportScope(home.Id, CaseworkerId: person.Id),
            _ => null,
        };
        return scope is null ? (null, ReportRefusal.Forbidden) : (new ReportViewer(person, home, scope), null);
    }

    /// <summary>A unit with no jurisdiction belongs to the deployment's first one (single-jurisdiction deployments).</summary>
    private async Task<Jurisdiction?> HomeJurisdictionAsync(Person person, CancellationToken cancellationToken)
    {
        var jurisdictions = await db.Jurisdictions.AsNoTracking().OrderBy(j => j.Id).ToListAsync(cancellationToken);
        var id = person.Unit?.JurisdictionId;
        return id is null ? jurisdictions.FirstOrDefault() : jurisdictions.FirstOrDefault(j => j.Id == id);
    }

    /// <summary>Their own unit and those of their reports, two levels down (director, supervisors, caseworkers).</summary>
    private async Task<IReadOnlyList<long>> UnitsOverseenAsync(Person person, CancellationToken cancellationToken)
    {
        var direct = await db.People.AsNoTracking().Where(p => p.SupervisorId == person.Id)
            .Select(p => new { p.Id, p.UnitId }).ToListAsync(cancellationToken);
        var directIds = direct.Select(d => d.Id).ToList();
        var second = await db.People.AsNoTracking().Where(p => p.SupervisorId != null && directIds.Contains(p.SupervisorId.Value))
            .Select(p => p.UnitId).ToListAsync(cancellationToken);
        return direct.Select(d => d.UnitId).Concat(second).Append(person.UnitId)
            .OfType<long>().Distinct().Order().ToList();
    }
}

using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Organisation;

/// <summary>
/// Which jurisdiction serves a unit: the one that lists it in configuration, or, when a deployment has a single
/// jurisdiction that lists no units, that one for every unit. Retired jurisdictions serve nothing new.
/// </summary>
public sealed class JurisdictionMap
{
    private readonly Dictionary<long, Jurisdiction> _active;
    private readonly Jurisdiction? _servesAll;

    private JurisdictionMap(IReadOnlyList<Jurisdiction> active, IReadOnlyCollection<long?> claimedBy)
    {
        _active = active.ToDictionary(j => j.Id);
        Active = active;
        if (active.Count == 1 && !claimedBy.Contains(active[0].Id)) _servesAll = active[0];
    }

    public IReadOnlyList<Jurisdiction> Active { get; }

    public static async Task<JurisdictionMap> LoadAsync(CaseCoachDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var active = await db.Jurisdictions.Where(j => j.TakesNewWork).OrderBy(j => j.Id).ToListAsync(cancellationToken);
        var claimedBy = await db.Units.Where(u => u.JurisdictionId != null).Select(u => u.JurisdictionId).Distinct().ToListAsync(cancellationToken);
        return new JurisdictionMap(active, claimedBy);
    }

    /// <param name="unitJurisdictionId">The unit's <see cref="Unit.JurisdictionId"/>.</param>
    public Jurisdiction? ServingUnit(long? unitJurisdictionId) =>
        unitJurisdictionId is { } id && _active.TryGetValue(id, out var claimed) ? claimed : _servesAll;
}

/// <summary>Units no jurisdiction serves: their cases are never reviewed. Shown by doctor and the import summary.</summary>
public static class UnitCoverage
{
    public static async Task<IReadOnlyList<string>> UnservedUnitsAsync(CaseCoachDbContext db, CancellationToken cancellationToken)
    {
        var map = await JurisdictionMap.LoadAsync(db, cancellationToken);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Name).Select(u => new { u.Name, u.JurisdictionId }).ToListAsync(cancellationToken);
        return [.. units.Where(u => map.ServingUnit(u.JurisdictionId) is null).Select(u => u.Name)];
    }
}

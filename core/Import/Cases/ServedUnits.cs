using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Import.Cases;

/// <summary>
/// Which units of the listing a configured jurisdiction serves. A row for any other unit is refused whole: its case
/// would never be reviewed. With no jurisdiction configured at all nothing can be judged, so every unit passes.
/// </summary>
internal sealed class ServedUnits
{
    private readonly JurisdictionMap _map;
    private readonly Dictionary<string, long?> _jurisdictionByUnit;

    private ServedUnits(JurisdictionMap map, Dictionary<string, long?> jurisdictionByUnit) =>
        (_map, _jurisdictionByUnit) = (map, jurisdictionByUnit);

    public static async Task<ServedUnits> LoadAsync(CaseCoachDbContext db, CancellationToken cancellationToken)
    {
        var units = await db.Units.AsNoTracking().Select(u => new { u.Name, u.JurisdictionId }).ToListAsync(cancellationToken);
        return new ServedUnits(await JurisdictionMap.LoadAsync(db, cancellationToken),
            units.ToDictionary(u => u.Name, u => u.JurisdictionId, StringComparer.OrdinalIgnoreCase));
    }

    public RowError? Problem(int line, string unit)
    {
        if (_map.Active.Count == 0) return null;
        var claimedBy = _jurisdictionByUnit.GetValueOrDefault(unit);
        return _map.ServingUnit(claimedBy) is not null ? null
            : new RowError(line, $"unit on line {line} is served by no jurisdiction; list it under Jurisdictions:N:Units, or fix the unit");
    }
}

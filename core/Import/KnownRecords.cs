using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Import;

/// <summary>
/// The keys of what is already stored, loaded once per import and kept current as rows are written, so
/// that each row is checked without a query and the context can be cleared after every row.
/// </summary>
internal sealed class KnownRecords
{
    private readonly Dictionary<long, string> _emailById = [];

    public Dictionary<string, long> PersonIdByAadObjectId { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, (long Id, string AadObjectId)> PersonByEmail { get; } = new(StringComparer.Ordinal);

    // Case-insensitive: "North Unit" and "north unit" are one unit (SQL Server's default collation agrees).
    public Dictionary<string, long> UnitByName { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, long> CaseIdByExternalId { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static async Task<KnownRecords> LoadAsync(CaseCoachDbContext db, CancellationToken cancellationToken)
    {
        var known = new KnownRecords();
        foreach (var person in await db.People.AsNoTracking()
                     .Select(p => new { p.Id, p.AadObjectId, p.Email }).ToListAsync(cancellationToken))
        {
            known.PersonIdByAadObjectId[person.AadObjectId] = person.Id;
            known.PersonByEmail[person.Email] = (person.Id, person.AadObjectId);
            known._emailById[person.Id] = person.Email;
        }

        foreach (var unit in await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken))
            known.UnitByName[unit.Name] = unit.Id;
        foreach (var stored in await db.Cases.AsNoTracking().Select(c => new { c.Id, c.ExternalCaseId }).ToListAsync(cancellationToken))
            known.CaseIdByExternalId[stored.ExternalCaseId] = stored.Id;
        return known;
    }

    public void PersonSaved(string aadObjectId, string email, long id)
    {
        if (_emailById.TryGetValue(id, out var previous) && previous != email)
            PersonByEmail.Remove(previous);
        _emailById[id] = email;
        PersonIdByAadObjectId[aadObjectId] = id;
        PersonByEmail[email] = (id, aadObjectId);
    }

    /// <summary>The stored unit of that name (tracked), or a new one added to the context.</summary>
    public async Task<(Unit Unit, bool Created)> UnitAsync(CaseCoachDbContext db, string name, CancellationToken cancellationToken)
    {
        if (UnitByName.TryGetValue(name, out var id))
            return (await db.Units.SingleAsync(u => u.Id == id, cancellationToken), false);
        var unit = Unit.Create(name);
        db.Units.Add(unit);
        return (unit, true);
    }
}

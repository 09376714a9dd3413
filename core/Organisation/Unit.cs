namespace CaseCoach.Core.Organisation;

/// <summary>An organisational unit (unit, office, region); reports are stratified by it (R26).</summary>
public sealed class Unit
{
    public const int NameMaxLength = 200;

    private Unit() { }

    public long Id { get; private set; }
    public string Name { get; private set; } = "";

    /// <summary>R4: the jurisdiction whose instrument and recipients apply to the unit's cases; null in a single-jurisdiction deployment.</summary>
    public long? JurisdictionId { get; private set; }

    public static Unit Create(string name)
    {
        var unit = new Unit();
        unit.Rename(name);
        return unit;
    }

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Trim().Length > NameMaxLength)
        {
            throw new ArgumentException($"A unit name has at most {NameMaxLength} characters.", nameof(name));
        }

        Name = name.Trim();
    }

    public void BelongTo(Jurisdiction jurisdiction)
    {
        ArgumentNullException.ThrowIfNull(jurisdiction);
        if (jurisdiction.Id == 0) throw new InvalidOperationException("Save the jurisdiction before units join it.");
        JurisdictionId = jurisdiction.Id;
    }

    /// <summary>No configured jurisdiction claims the unit any more.</summary>
    public void LeaveJurisdiction() => JurisdictionId = null;
}

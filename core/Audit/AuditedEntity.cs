using System.Text.Json;

namespace CaseCoach.Core.Audit;

/// <summary>One audited change an entity recorded; the interceptor turns it into an <see cref="AuditEntry"/>.</summary>
public sealed record AuditedChange(string Actor, string Action, string DetailsJson);

/// <summary>
/// An entity whose state changes are audited. Its rule methods call <see cref="Audited"/>; <see cref="AuditInterceptor"/>
/// writes the entries when the change is saved, in the same transaction (style.md item 29), so a handler never adds
/// an <see cref="AuditEntry"/> by hand. Other areas move onto this by deriving their entity and deleting their adds.
/// </summary>
public abstract class AuditedEntity
{
    private readonly List<AuditedChange> _changes = [];

    /// <summary>The audit trail's entity type, e.g. "Review".</summary>
    protected abstract string AuditType { get; }

    /// <summary>The stable id the audit trail points at (a key, not a name).</summary>
    protected abstract string AuditId { get; }

    /// <summary>Ids and outcomes only: no names or case details (the trail outlives the records).</summary>
    protected abstract object AuditDetails();

    protected void Audited(string actor, string action) => Audited(actor, action, AuditDetails());

    /// <summary>
    /// A change whose trail needs facts beyond <see cref="AuditDetails"/> (who it moved from, why it was refused).
    /// The same rule applies: ids and outcomes only.
    /// </summary>
    protected void Audited(string actor, string action, object details)
    {
        ArgumentNullException.ThrowIfNull(details);
        _changes.Add(new AuditedChange(actor, action, JsonSerializer.Serialize(details, details.GetType())));
    }

    /// <summary>
    /// An import row applied to this entity (core/Import's RowWriter): the line and the changed property names only,
    /// never values. Recorded after the row's first save, so a new record's generated id is the one audited.
    /// </summary>
    internal void Imported(string actor, int line, bool added, IReadOnlyList<string> changed) =>
        Audited(actor, $"import.{AuditType.ToLowerInvariant()}.{(added ? "added" : "updated")}", new { line, changed });

    internal IEnumerable<AuditEntry> TakeAuditEntries(DateTimeOffset at)
    {
        var entries = _changes.Select(c => AuditEntry.Record(c.Actor, c.Action, AuditType, AuditId, at, c.DetailsJson)).ToList();
        _changes.Clear();
        return entries;
    }
}

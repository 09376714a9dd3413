using System.Text.Json;

namespace CaseCoach.Core.Audit;

/// <summary>
/// Who did what to which record, and when. Details are JSON of ids and outcomes only: no names,
/// emails or case details, because the audit trail outlives the records it points at.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The actor of changes made by sweeps and the dispatcher rather than a person.</summary>
    public const string SystemActor = "system";

    private AuditEntry() { }

    public long Id { get; private set; }

    /// <summary>The person's aadObjectId, or <see cref="SystemActor"/>.</summary>
    public string Actor { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public string DetailsJson { get; private set; } = "{}";

    public static AuditEntry Record(
        string actor, string action, string entityType, string entityId, DateTimeOffset at, string detailsJson = "{}")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        RequireJson(detailsJson);
        return new AuditEntry
        {
            Actor = actor,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            At = at,
            DetailsJson = detailsJson,
        };
    }

    public static AuditEntry Record<TDetails>(
        string actor, string action, string entityType, string entityId, DateTimeOffset at, TDetails details) =>
        Record(actor, action, entityType, entityId, at, JsonSerializer.Serialize(details));

    private static void RequireJson(string detailsJson)
    {
        try
        {
            using var _ = JsonDocument.Parse(detailsJson);
        }
        catch (JsonException exception)
        {
            throw new ArgumentException("Audit details must be JSON.", nameof(detailsJson), exception);
        }
    }
}

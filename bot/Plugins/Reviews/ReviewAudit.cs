namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>
/// Review changes are audited by the entity itself (core/Audit/AuditInterceptor); only the scheduling sweep still adds
/// its "review.scheduled" entry by hand, under this entity type.
/// </summary>
public static class ReviewAudit
{
    public const string EntityType = "Review";
}

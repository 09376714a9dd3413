using CaseCoach.Core.Audit;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>Every review state change is audited (who, what, when) in the same transaction as the change.</summary>
public sealed class ReviewAudit(CaseCoachDbContext db, TimeProvider time)
{
    public const string EntityType = "Review";

    public void Record(string actor, string action, Review review) =>
        db.AuditEntries.Add(AuditEntry.Record(actor, action, EntityType, review.Key, time.GetUtcNow(), new
        {
            status = review.Status.ToString(),
            decision = review.Decision?.ToString(),
            safetyConcern = review.SafetyConcern,
        }));
}

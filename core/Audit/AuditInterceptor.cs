using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CaseCoach.Core.Audit;

/// <summary>
/// Writes the audit entries that <see cref="AuditedEntity"/> changes recorded, just before they are saved, so the
/// trail and the change commit together (CleanArchitecture's AuditableEntityInterceptor, applied to our entities).
/// </summary>
public sealed class AuditInterceptor(TimeProvider time) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEntries(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddEntries(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void AddEntries(DbContext? context)
    {
        if (context is not CaseCoachDbContext db) return;
        var now = time.GetUtcNow();
        var entries = db.ChangeTracker.Entries<AuditedEntity>().SelectMany(e => e.Entity.TakeAuditEntries(now)).ToList();
        db.AuditEntries.AddRange(entries);
    }
}

using CaseCoach.Core.Audit;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Core.Import;

/// <summary>
/// Commits one imported row as its own transaction: the record, anything it created (a unit) and its
/// audit entry, or nothing. A row whose values match what is stored writes nothing and is not audited. The entry is
/// the entity's (<see cref="AuditedEntity.Imported"/>), written by the <see cref="AuditInterceptor"/> on the second save,
/// once a new record has its id.
/// </summary>
internal sealed class RowWriter(CaseCoachDbContext db, string kind, ImportTally tally, ILogger logger)
{
    public const string Actor = "import";

    /// <summary>
    /// <see cref="WriteAsync"/>, counted on the tally; a row the database or a domain rule refuses is rejected by line
    /// (logged by exception type, never by value) and null comes back, so the file goes on with the next row.
    /// </summary>
    public async Task<long?> WriteOrRejectAsync<TEntity>(
        int line, Func<CancellationToken, Task<TEntity>> apply, Func<TEntity, long> idOf, CancellationToken cancellationToken)
        where TEntity : AuditedEntity
    {
        try
        {
            var (outcome, id) = await WriteAsync(line, apply, idOf, cancellationToken);
            tally.Count(outcome);
            return id;
        }
        catch (Exception e) when (e is DbUpdateException or ArgumentException or InvalidOperationException)
        {
            Log.RowNotSaved(logger, kind, line, e.GetType().Name);
            tally.Reject(new RowError(line, $"line {line} could not be saved; the database refused it"));
            return null;
        }
    }

    /// <param name="apply">Loads or creates the record and applies the row to it through its domain methods.</param>
    public async Task<(RowOutcome Outcome, long Id)> WriteAsync<TEntity>(
        int line, Func<CancellationToken, Task<TEntity>> apply, Func<TEntity, long> idOf, CancellationToken cancellationToken)
        where TEntity : AuditedEntity
    {
        try
        {
            return await db.InTransactionAsync(async ct =>
            {
                // Each attempt starts clean, so an execution-strategy retry replays the whole row.
                db.ChangeTracker.Clear();
                var entity = await apply(ct);
                db.ChangeTracker.DetectChanges();
                var entry = db.Entry(entity);
                if (entry.State == EntityState.Unchanged && !db.ChangeTracker.HasChanges())
                    return (RowOutcome.Unchanged, idOf(entity));

                var outcome = entry.State == EntityState.Added ? RowOutcome.Added : RowOutcome.Updated;
                var changed = ChangedParts(entry);
                await db.SaveChangesAsync(ct);
                entity.Imported(Actor, line, outcome == RowOutcome.Added, changed);
                await db.SaveChangesAsync(ct);
                return (outcome, idOf(entity));
            }, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Property names only (never values), so the audit trail holds no personal data.</summary>
    private string[] ChangedParts(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry)
    {
        if (entry.State == EntityState.Added)
            return [];

        var parts = entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).ToList();
        if (db.ChangeTracker.Entries().Any(e => e.Entity != entry.Entity && e.Metadata.ClrType == typeof(Core.Cases.Child)
                                                && e.State is EntityState.Added or EntityState.Deleted))
            parts.Add("Children");
        return parts.ToArray();
    }
}

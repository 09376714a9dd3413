using CaseCoach.Core.Audit;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Conversations;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Turns;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Persistence;

/// <summary>
/// The one unit of work for CaseCoach's state. Abstract because each provider has its own derived
/// context and migrations set (EF "Migrations with Multiple Providers"); resolve this type from DI.
/// </summary>
public abstract class CaseCoachDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Jurisdiction> Jurisdictions => Set<Jurisdiction>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<ConversationRecord> Conversations => Set<ConversationRecord>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ProcessedActivity> ProcessedActivities => Set<ProcessedActivity>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<CoachingNeeded> CoachingNeededEvents => Set<CoachingNeeded>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(
            typeof(CaseCoachDbContext).Assembly,
            type => type.Namespace == typeof(Configurations.OutboxMessageConfiguration).Namespace);
}

using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Persistence.Sqlite;

public sealed class SqliteCaseCoachDbContext(DbContextOptions<SqliteCaseCoachDbContext> options)
    : CaseCoachDbContext(options)
{
    /// <summary>
    /// Outside a transaction, SaveChanges begins its own (BEGIN IMMEDIATE takes the write lock), so it queues in
    /// <see cref="SqliteWriteGate"/> first; inside one, the transaction already holds the gate or the lock.
    /// </summary>
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        Database.CurrentTransaction is not null
            ? base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
            : SqliteWriteGate.RunAsync(Database.GetConnectionString(), ct => base.SaveChangesAsync(acceptAllChangesOnSuccess, ct), cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        Database.CurrentTransaction is not null
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : SqliteWriteGate.Run(Database.GetConnectionString(), () => base.SaveChanges(acceptAllChangesOnSuccess));

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date-time type: EF's default TEXT for DateTimeOffset neither sorts nor compares
        // across offsets, and the outbox claims rows with "NextAttemptAt <= now" in SQL. UTC ticks do both.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();

        // SQLite stores decimal as TEXT and EF cannot order or compare it in SQL; case selection orders
        // by score, and a double is exact enough for a ranking.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}

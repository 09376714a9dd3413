using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Persistence.Sqlite;

public sealed class SqliteCaseCoachDbContext(DbContextOptions<SqliteCaseCoachDbContext> options)
    : CaseCoachDbContext(options)
{
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

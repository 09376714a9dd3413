using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Persistence.PostgreSql;

public sealed class PostgreSqlCaseCoachDbContext(DbContextOptions<PostgreSqlCaseCoachDbContext> options)
    : CaseCoachDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // timestamptz holds an instant, and Npgsql refuses to write a DateTimeOffset whose offset is
        // not zero rather than guess. Instants from a jurisdiction's zone are normalised to UTC here,
        // as the SQLite ticks do; every instant reads back in UTC.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}

using CaseCoach.Core.Persistence.PostgreSql;
using CaseCoach.Core.Persistence.Sqlite;
using CaseCoach.Core.Persistence.SqlServer;
using Microsoft.EntityFrameworkCore.Design;

namespace CaseCoach.Core.Persistence;

// Let `dotnet ef migrations add` build each provider's context without the bot host.
// The connection strings are never opened when adding migrations.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCaseCoachDbContext>
{
    public SqliteCaseCoachDbContext CreateDbContext(string[] args) =>
        new(CaseCoachDbContextFactory.SqliteOptions("Data Source=design-time.db"));
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCaseCoachDbContext>
{
    public SqlServerCaseCoachDbContext CreateDbContext(string[] args) =>
        new(CaseCoachDbContextFactory.SqlServerOptions("Server=design-time;Database=CaseCoach;Integrated Security=true"));
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlCaseCoachDbContext>
{
    public PostgreSqlCaseCoachDbContext CreateDbContext(string[] args) =>
        new(CaseCoachDbContextFactory.PostgreSqlOptions("Host=design-time;Database=casecoach;Username=casecoach"));
}

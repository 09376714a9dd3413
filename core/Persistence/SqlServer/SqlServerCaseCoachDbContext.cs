using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Persistence.SqlServer;

/// <summary>SQL Server keeps the default mappings (datetimeoffset and decimal are native there).</summary>
public sealed class SqlServerCaseCoachDbContext(DbContextOptions<SqlServerCaseCoachDbContext> options)
    : CaseCoachDbContext(options);

using Npgsql;

namespace CaseCoach.Core.Persistence.PostgreSql;

/// <summary>Parses a PostgreSQL connection string at start-up, so a typo is named before the first query.</summary>
internal static class PostgreSqlConnectionString
{
    public static bool IsValid(string connectionString, out string problem)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            problem = string.IsNullOrWhiteSpace(builder.Host) ? "it names no Host" : "";
            return problem.Length == 0;
        }
        catch (ArgumentException e)
        {
            // The message names the keyword at fault, never the password.
            problem = e.Message;
            return false;
        }
    }
}

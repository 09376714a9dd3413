using System.Data.Common;

namespace CaseCoach.Bot.Cli.Doctor;

/// <summary>Database:Provider (Sqlite | SqlServer | PostgreSql) and, for the server databases, ConnectionStrings:CaseCoach.</summary>
public sealed class DatabaseCheck : IDoctorCheck
{
    public const string Provider = "Database:Provider";
    public const string ConnectionString = "ConnectionStrings:CaseCoach";

    public IEnumerable<DoctorFinding> Run(DoctorContext context)
    {
        var provider = context.Choice(Provider, "Sqlite", "Sqlite", "SqlServer", "PostgreSql");
        if (provider is null)
        {
            yield return DoctorFinding.Wrong(Provider, $"'{context.Value(Provider)}' is not Sqlite, SqlServer or PostgreSql");
            yield break;
        }
        if (provider == "Sqlite")
        {
            yield return DoctorFinding.Ok(Provider, context.IsDevelopment
                ? "Sqlite"
                : "Sqlite: the data stays in one file on this machine; use SqlServer or PostgreSql to run several instances");
            yield break;
        }
        yield return DoctorFinding.Ok(Provider, provider);

        var connection = context.Value(ConnectionString);
        var server = provider == "SqlServer" ? "SQL Server" : "PostgreSQL";
        if (connection is null)
            yield return DoctorFinding.Missing(ConnectionString, $"set the {server} connection string in environment variable {DoctorContext.EnvironmentVariable(ConnectionString)} or Key Vault");
        else if (provider == "PostgreSql" && !LooksLikePostgreSql(connection))
            yield return DoctorFinding.Wrong(ConnectionString, "is not a PostgreSQL connection string: it needs Host=... and Database=...");
        else if (provider == "SqlServer" && !LooksLikeSqlServer(connection))
            yield return DoctorFinding.Wrong(ConnectionString, "is not a SQL Server connection string: it needs Server=... (or Data Source=...) and Database=... (or Initial Catalog=...)");
        else
            yield return DoctorFinding.Ok(ConnectionString, "set (not shown)");
    }

    private static bool LooksLikePostgreSql(string connectionString) =>
        Parse(connectionString) is { } builder
            && (builder.ContainsKey("Host") || builder.ContainsKey("Server")) && builder.ContainsKey("Database");

    private static bool LooksLikeSqlServer(string connectionString)
    {
        if (Parse(connectionString) is not { } builder)
            return false;
        return (builder.ContainsKey("Server") || builder.ContainsKey("Data Source") || builder.ContainsKey("Address"))
            && (builder.ContainsKey("Database") || builder.ContainsKey("Initial Catalog"));
    }

    private static DbConnectionStringBuilder? Parse(string connectionString)
    {
        try
        {
            return new DbConnectionStringBuilder { ConnectionString = connectionString };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}

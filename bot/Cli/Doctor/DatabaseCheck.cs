using System.Data.Common;

namespace CaseCoach.Bot.Cli.Doctor;

/// <summary>Database:Provider (Sqlite | SqlServer) and, for SQL Server, ConnectionStrings:CaseCoach.</summary>
public sealed class DatabaseCheck : IDoctorCheck
{
    public const string Provider = "Database:Provider";
    public const string ConnectionString = "ConnectionStrings:CaseCoach";

    public IEnumerable<DoctorFinding> Run(DoctorContext context)
    {
        var provider = context.Choice(Provider, "Sqlite", "Sqlite", "SqlServer");
        if (provider is null)
        {
            yield return DoctorFinding.Wrong(Provider, $"'{context.Value(Provider)}' is not Sqlite or SqlServer");
            yield break;
        }
        if (provider == "Sqlite")
        {
            yield return DoctorFinding.Ok(Provider, context.IsDevelopment
                ? "Sqlite"
                : "Sqlite: the data stays in one file on this machine; use SqlServer to run several instances");
            yield break;
        }
        yield return DoctorFinding.Ok(Provider, provider);

        var connection = context.Value(ConnectionString);
        if (connection is null)
            yield return DoctorFinding.Missing(ConnectionString, $"set the SQL Server connection string in environment variable {DoctorContext.EnvironmentVariable(ConnectionString)} or Key Vault");
        else if (!LooksLikeSqlServer(connection))
            yield return DoctorFinding.Wrong(ConnectionString, "is not a SQL Server connection string: it needs Server=... (or Data Source=...) and Database=... (or Initial Catalog=...)");
        else
            yield return DoctorFinding.Ok(ConnectionString, "set (not shown)");
    }

    private static bool LooksLikeSqlServer(string connectionString)
    {
        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException)
        {
            return false;
        }
        return (builder.ContainsKey("Server") || builder.ContainsKey("Data Source") || builder.ContainsKey("Address"))
            && (builder.ContainsKey("Database") || builder.ContainsKey("Initial Catalog"));
    }
}

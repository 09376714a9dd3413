using CaseCoach.Core.Persistence.PostgreSql;
using Microsoft.Extensions.Options;

namespace CaseCoach.Core.Persistence;

/// <summary>Refuses a configuration the host could not open a database with, saying which key to set.</summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public static string UnknownProviderMessage(string? provider) =>
        $"Database:Provider is '{provider}', which is not a known database provider; " +
        $"set Database:Provider to one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.";

    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (!DatabaseOptions.TryParseProvider(options.Provider, out var provider))
        {
            return ValidateOptionsResult.Fail(UnknownProviderMessage(options.Provider));
        }

        if ((provider is DatabaseProvider.SqlServer or DatabaseProvider.PostgreSql)
            && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            var server = provider == DatabaseProvider.SqlServer ? "SQL Server" : "PostgreSQL";
            return ValidateOptionsResult.Fail(
                $"Database:Provider is {provider} but ConnectionStrings:CaseCoach is not set; " +
                $"set ConnectionStrings:CaseCoach to the {server} connection string.");
        }

        if (provider == DatabaseProvider.PostgreSql && !PostgreSqlConnectionString.IsValid(options.ConnectionString!, out var problem))
        {
            return ValidateOptionsResult.Fail($"ConnectionStrings:CaseCoach is not a valid PostgreSQL connection string ({problem}).");
        }

        if (provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(options.ConnectionString)
            && string.IsNullOrWhiteSpace(options.DataFolder))
        {
            return ValidateOptionsResult.Fail(
                "Data:Folder is empty; set Data:Folder to the folder for casecoach.db, or set ConnectionStrings:CaseCoach.");
        }

        return ValidateOptionsResult.Success;
    }
}

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

        if (provider == DatabaseProvider.SqlServer && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                "Database:Provider is SqlServer but ConnectionStrings:CaseCoach is not set; " +
                "set ConnectionStrings:CaseCoach to the SQL Server connection string.");
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

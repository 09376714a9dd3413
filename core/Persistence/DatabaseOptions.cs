namespace CaseCoach.Core.Persistence;

/// <summary>
/// Configuration section <c>Database</c>, plus the two outside-contract keys it depends on:
/// <c>ConnectionStrings:CaseCoach</c> and <c>Data:Folder</c>.
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "CaseCoach";
    public const string DataFolderKey = "Data:Folder";
    public const string SqliteFileName = "casecoach.db";

    /// <summary><c>Database:Provider</c>: <c>Sqlite</c> (default), <c>SqlServer</c> or <c>PostgreSql</c>.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary><c>Database:MigrateOnStart</c>: apply migrations when the host starts (default true).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>From <c>ConnectionStrings:CaseCoach</c>; optional for Sqlite, required for the server databases.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>From <c>Data:Folder</c> (default <c>./data</c>); holds the SQLite file when no connection string is set.</summary>
    public string DataFolder { get; set; } = "./data";

    public DatabaseProvider ParsedProvider =>
        TryParseProvider(Provider, out var parsed)
            ? parsed
            : throw new InvalidOperationException(DatabaseOptionsValidator.UnknownProviderMessage(Provider));

    internal static bool TryParseProvider(string? value, out DatabaseProvider provider) =>
        Enum.TryParse(value, ignoreCase: true, out provider) && Enum.IsDefined(provider) && !int.TryParse(value, out _);
}

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

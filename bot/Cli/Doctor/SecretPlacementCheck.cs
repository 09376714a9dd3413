using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;

namespace CaseCoach.Bot.Cli.Doctor;

/// <summary>
/// Secrets belong in environment variables or Key Vault, never in an appsettings file that gets copied,
/// committed and backed up. Outside Development, a secret that a JSON file supplies is wrong.
/// </summary>
public sealed class SecretPlacementCheck : IDoctorCheck
{
    private static readonly string[] SecretKeys = [BotIdentityCheck.AppPassword, "Mail:Smtp:Password"];

    public IEnumerable<DoctorFinding> Run(DoctorContext context)
    {
        if (context.IsDevelopment || context.Configuration is not IConfigurationRoot root)
            yield break;
        foreach (var key in SecretKeys)
        {
            if (FileThatSupplies(root, key) is { } file)
                yield return DoctorFinding.Wrong(key, $"is stored in {file}: remove it there and set environment variable {DoctorContext.EnvironmentVariable(key)} or a Key Vault secret");
        }
        var connection = context.Value(DatabaseCheck.ConnectionString);
        if (connection is not null && connection.Contains("Password", StringComparison.OrdinalIgnoreCase)
            && FileThatSupplies(root, DatabaseCheck.ConnectionString) is { } connectionFile)
            yield return DoctorFinding.Wrong(DatabaseCheck.ConnectionString, $"holds a password and is stored in {connectionFile}: move it to environment variable {DoctorContext.EnvironmentVariable(DatabaseCheck.ConnectionString)} or Key Vault (or use Authentication=Active Directory Managed Identity)");
    }

    /// <summary>The JSON file whose value wins for the key (the last provider that has it), if any.</summary>
    private static string? FileThatSupplies(IConfigurationRoot root, string key)
    {
        var winner = root.Providers.Reverse().FirstOrDefault(provider => provider.TryGet(key, out var value) && !string.IsNullOrWhiteSpace(value));
        return winner is JsonConfigurationProvider json ? json.Source.Path : null;
    }
}

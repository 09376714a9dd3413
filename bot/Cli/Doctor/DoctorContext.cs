using Microsoft.Extensions.Configuration;

namespace CaseCoach.Bot.Cli.Doctor;

/// <summary>The configuration under examination and the environment it is meant for.</summary>
public sealed record DoctorContext(IConfiguration Configuration, string EnvironmentName)
{
    public bool IsDevelopment => string.Equals(EnvironmentName, "Development", StringComparison.OrdinalIgnoreCase);

    /// <summary>The key's value, or null when it is absent or blank.</summary>
    public string? Value(string key) => string.IsNullOrWhiteSpace(Configuration[key]) ? null : Configuration[key]!.Trim();

    /// <summary>A list key, as the binder reads it: KEY:0, KEY:1, ... (or one comma-separated value).</summary>
    public IReadOnlyList<string> Values(string key)
    {
        var section = Configuration.GetSection(key);
        var children = section.GetChildren().Select(child => child.Value).OfType<string>().ToList();
        if (children.Count == 0 && section.Value is { } single)
            children = [.. single.Split(',')];
        return [.. children.Select(value => value.Trim()).Where(value => value.Length > 0)];
    }

    /// <summary>How to set the key as an environment variable, the usual place for secrets and deployment values.</summary>
    public static string EnvironmentVariable(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    /// <summary>The value of a provider key compared without case (Sqlite, sqlite); null when absent.</summary>
    public string? Choice(string key, string defaultValue, params string[] allowed)
    {
        var value = Value(key) ?? defaultValue;
        return allowed.FirstOrDefault(option => string.Equals(option, value, StringComparison.OrdinalIgnoreCase));
    }
}

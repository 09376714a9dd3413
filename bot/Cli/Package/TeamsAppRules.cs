using System.Text.RegularExpressions;

namespace CaseCoach.Bot.Cli.Package;

/// <summary>
/// What the Teams manifest accepts for the values the package fills in. Each rule returns null when the
/// value is fine, or a sentence saying what is wrong and what to write instead. Shared with doctor.
/// </summary>
public static partial class TeamsAppRules
{
    /// <summary>The manifest schema's guid pattern: 8-4-4-4-12 hex digits, no braces.</summary>
    [GeneratedRegex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")]
    private static partial Regex GuidPattern();

    // A DNS host name: dot-separated labels of letters, digits and inner hyphens.
    [GeneratedRegex(@"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$")]
    private static partial Regex HostNamePattern();

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex VersionPattern();

    public static bool IsGuid(string value) => GuidPattern().IsMatch(value);

    public static string? CheckGuid(string what, string value) =>
        IsGuid(value)
            ? null
            : $"{what} '{value}' is not a GUID: write it as xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (hex digits, no braces).";

    /// <summary>
    /// The bot's domain goes into validDomains and into https://DOMAIN/... links, so it must be a bare
    /// host name: no scheme, no path, and no port (Teams validDomains do not take one).
    /// </summary>
    public static string? CheckDomain(string what, string value)
    {
        var example = "write the host name alone, e.g. casecoach.example.org";
        var schemeEnd = value.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0)
            return $"{what} '{value}' has a scheme ('{value[..(schemeEnd + 3)]}'): {example}.";
        var pathStart = value.IndexOfAny(['/', '?', '#']);
        if (pathStart >= 0)
            return $"{what} '{value}' has a path ('{value[pathStart..]}'): {example}.";
        if (value.Contains(':', StringComparison.Ordinal))
            return $"{what} '{value}' has a port: Teams validDomains do not accept ports; {example} and serve it on 443.";
        if (!HostNamePattern().IsMatch(value.ToLowerInvariant()))
            return $"{what} '{value}' is not a host name (letters, digits, hyphens and dots only): {example}.";
        return null;
    }

    public static string? CheckVersion(string what, string value) =>
        VersionPattern().IsMatch(value)
            ? null
            : $"{what} '{value}' is not a version of the form MAJOR.MINOR.PATCH (e.g. 1.0.1); raise it for each upload.";
}

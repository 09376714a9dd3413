namespace CaseCoach.Core.Organisation;

/// <summary>
/// Normalises email addresses. They are compared case-insensitively by every mail system we talk to,
/// so they are stored lower-case and a unique index can catch duplicates.
/// </summary>
public static class EmailAddress
{
    public const int MaxLength = 320;

    public static string Normalise(string email, string parameterName)
    {
        var trimmed = email?.Trim() ?? "";
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == trimmed.Length - 1 || trimmed.Length > MaxLength || trimmed.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"'{email}' is not an email address.", parameterName);
        }

        return trimmed.ToLowerInvariant();
    }

    public static string[] NormaliseAll(IEnumerable<string> emails, string parameterName) =>
        emails.Select(e => Normalise(e, parameterName)).Distinct(StringComparer.Ordinal).ToArray();
}

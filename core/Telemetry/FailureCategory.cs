using System.Text.RegularExpressions;

namespace CaseCoach.Core.Telemetry;

/// <summary>
/// A failure reason reduced to a low-cardinality tag a dashboard can group by (http_429, TimeoutException,
/// other): the reason text itself can carry addresses or ids and must not become a metric tag.
/// </summary>
public static partial class FailureCategory
{
    public static string Of(string? reason)
    {
        if (string.IsNullOrEmpty(reason)) return "other";
        if (HttpStatus().Match(reason) is { Success: true } status) return "http_" + status.Groups[1].Value;
        if (ExceptionType().Match(reason) is { Success: true } exception) return exception.Groups[1].Value;
        return "other";
    }

    [GeneratedRegex(@"\b([45]\d\d)\b")]
    private static partial Regex HttpStatus();

    [GeneratedRegex(@"\b([A-Z]\w{0,60}Exception)\b")]
    private static partial Regex ExceptionType();
}

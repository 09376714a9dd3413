using System.Globalization;
using Microsoft.Kiota.Abstractions;

namespace CaseCoach.Bot.Graph;

/// <summary>Reads Graph's Retry-After (delta-seconds or an HTTP date) from a failed SDK call.</summary>
public static class GraphRetryAfter
{
    public static TimeSpan? From(ApiException exception, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var value = exception.ResponseHeaders
            .FirstOrDefault(header => string.Equals(header.Key, "Retry-After", StringComparison.OrdinalIgnoreCase))
            .Value?.FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? (date > now ? date - now : TimeSpan.Zero)
            : null;
    }

    /// <summary>Throttling and server trouble pass; everything else in 4xx is Graph's final answer.</summary>
    public static bool IsTransient(int statusCode) => statusCode is 408 or 429 or >= 500;
}

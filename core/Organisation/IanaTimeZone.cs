using NodaTime;

namespace CaseCoach.Core.Organisation;

/// <summary>Guards IANA time zone ids: every due date is computed in a zone, so a typo must fail where it enters.</summary>
public static class IanaTimeZone
{
    public static string Require(string timeZone, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(timeZone) || DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone.Trim()) is null)
        {
            throw new ArgumentException(
                $"'{timeZone}' is not an IANA time zone id; use one such as America/New_York.", parameterName);
        }

        return timeZone.Trim();
    }
}

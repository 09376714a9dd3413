using NodaTime;
using NodaTime.TimeZones;

namespace CaseCoach.Core.Scheduling;

/// <summary>
/// Finds a time zone by IANA id ("America/New_York") or by the Windows name Outlook and Graph use
/// ("Eastern Standard Time"), through NodaTime's copy of the CLDR mapping, so it works on any OS.
/// </summary>
public static class ZoneNames
{
    /// <summary>The zone <paramref name="name"/> names, or UTC where it names none (a person or a jurisdiction with no zone yet).</summary>
    public static DateTimeZone FindOrUtc(string? name) => Find(name) ?? DateTimeZone.Utc;

    public static DateTimeZone? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(name);
        if (zone is not null)
        {
            return zone;
        }

        return TzdbDateTimeZoneSource.Default.WindowsMapping.PrimaryMapping.TryGetValue(name, out var iana)
            ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(iana)
            : null;
    }
}

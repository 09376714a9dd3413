using NodaTime;

namespace CaseCoach.Core.Scheduling;

/// <summary>
/// The days and local hours someone works, in their own time zone: a 09:00 start means 09:00 on their wall
/// clock on both sides of a daylight-saving change.
/// </summary>
public sealed record WorkingHours(IReadOnlySet<IsoDayOfWeek> Days, LocalTime Start, LocalTime End, DateTimeZone Zone)
{
    public static readonly IReadOnlySet<IsoDayOfWeek> MondayToFriday = new HashSet<IsoDayOfWeek>
    {
        IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday,
    };

    /// <summary>Used when a calendar says nothing about working hours: Monday to Friday, 08:30 to 17:00.</summary>
    public static WorkingHours Default(DateTimeZone zone) => new(MondayToFriday, new LocalTime(8, 30), new LocalTime(17, 0), zone);
}

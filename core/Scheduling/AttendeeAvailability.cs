using NodaTime;

namespace CaseCoach.Core.Scheduling;

/// <summary>Whom to look up, with the zone to assume when the calendar does not say (the person's profile zone).</summary>
public sealed record CalendarPerson(string Email, DateTimeZone Zone);

/// <summary>One person's calendar over a window: when they are busy and when they work.</summary>
public sealed record AttendeeAvailability(string Email, IReadOnlyList<BusyBlock> Busy, WorkingHours WorkingHours);

using NodaTime;

namespace CaseCoach.Core.Scheduling;

/// <summary>
/// A calendar the bot reads free/busy from and books coaching sessions in: Microsoft Graph, or the embedded
/// local calendar (.ics files). Implementations live in bot/; every call is safe to repeat.
/// </summary>
public interface ICalendarProvider
{
    /// <summary>Busy times and working hours of each person over <paramref name="window"/>, in the order asked.</summary>
    Task<CalendarResult<IReadOnlyList<AttendeeAvailability>>> GetAvailabilityAsync(
        IReadOnlyList<CalendarPerson> people, Interval window, CancellationToken cancellationToken);

    /// <summary>Books the meeting for every attendee; a repeat with the same idempotency key books nothing new.</summary>
    Task<CalendarResult<CalendarEvent>> CreateEventAsync(BookingRequest booking, CancellationToken cancellationToken);

    /// <summary>Moves or re-describes a booked meeting; attendees are told of the change.</summary>
    Task<CalendarResult<CalendarEvent>> UpdateEventAsync(string eventId, BookingRequest booking, CancellationToken cancellationToken);

    /// <summary>Cancels the meeting for every attendee; cancelling one already cancelled is done, not an error.</summary>
    Task<CalendarResult<CalendarEvent>> CancelEventAsync(string eventId, string comment, CancellationToken cancellationToken);
}

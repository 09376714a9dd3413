using NodaTime;

namespace CaseCoach.Core.Scheduling;

/// <summary>
/// A meeting to put in calendars. <see cref="IdempotencyKey"/> identifies it across retries: Graph dedupes
/// creation by it (transactionId) and the local calendar uses it as the iCalendar UID.
/// </summary>
public sealed record BookingRequest(
    string IdempotencyKey,
    string Subject,
    string HtmlBody,
    Instant Start,
    Instant End,
    IReadOnlyList<BookingAttendee> Attendees,
    bool OnlineMeeting = true);

public sealed record BookingAttendee(string Email, string? Name, bool Required);

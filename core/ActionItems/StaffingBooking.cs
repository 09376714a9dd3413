using CaseCoach.Core.Scheduling;

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// Payload of an outbox row of kind "actionItems.staffing": the accountability staffing to book (R22) through the
/// calendar provider. It carries facts, not sentences: the subject and body are templates (cards/text) rendered at
/// delivery, and the subject names the case number only.
/// </summary>
public sealed record StaffingBooking(
    string IdempotencyKey, string CaseNumber, string CaseName, IReadOnlyList<string> OverdueItems, DateTimeOffset Start, DateTimeOffset End,
    IReadOnlyList<BookingAttendee> Attendees)
{
    public const string Kind = "actionItems.staffing";
}

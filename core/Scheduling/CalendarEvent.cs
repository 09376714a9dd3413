namespace CaseCoach.Core.Scheduling;

/// <summary>
/// A booked (or cancelled) meeting as the provider knows it. <see cref="JoinUrl"/> is the Teams link when the
/// provider made one; <see cref="InvitationIcs"/> is the iCalendar text (METHOD:REQUEST or CANCEL) to attach to
/// the email when the provider sends no invitations itself (the local calendar).
/// </summary>
public sealed record CalendarEvent(string EventId, string? JoinUrl = null, string? InvitationIcs = null);

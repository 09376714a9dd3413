using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Coaching;

/// <summary>Why the poll card shows fresh times (or none): the adapter picks the words (cards/text/coaching-note-*).</summary>
public enum CoachingNote
{
    None,
    /// <summary>The picked time was taken in someone's calendar just before booking.</summary>
    TimeTaken,
    /// <summary>"None of these work": times a little further out.</summary>
    FurtherOut,
    /// <summary>The card's times were replaced since it was sent.</summary>
    TimesChanged,
    /// <summary>Another pick was booking at the same moment and let go.</summary>
    SomeoneElseBooking,
}

/// <summary>
/// The coaching-poll card of a request as it stands (R14): open with times, booked, or being booked by another pick
/// (<see cref="BeingBooked"/>: shown as booked for the time it claimed).
/// </summary>
public sealed record CoachingView(CoachingRequest Request, CoachingParticipants Who, CoachingNote Note = CoachingNote.None, bool BeingBooked = false);

/// <summary>The poll card in a person's 1:1 chat; every delivered copy is updated in place for the same cause.</summary>
public sealed record CoachingPollNotice(Person Recipient, CoachingView View) : Notice(Recipient, CauseOf(View.Request))
{
    public static Cause CauseOf(CoachingRequest request) => new("coaching-poll", request.Key);
}

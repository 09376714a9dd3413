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
    /// <summary>The caseworker's marks were saved (R13).</summary>
    MarksSaved,
}

/// <summary>
/// The coaching-poll card of a request as it stands (R14): open with times, booked, or being booked by another pick
/// (<see cref="BeingBooked"/>: shown as booked for the time it claimed). <see cref="Viewer"/> is whose view it is
/// (null: the card shared on the request email); <see cref="Marks"/> the caseworker's answers by slot id (R13).
/// </summary>
public sealed record CoachingView(CoachingRequest Request, CoachingParticipants Who, CoachingNote Note = CoachingNote.None, bool BeingBooked = false)
{
    public Person? Viewer { get; init; }

    public IReadOnlyDictionary<string, bool> Marks { get; init; } = new Dictionary<string, bool>();

    public CoachingViewer ViewerRole => Who.ViewerOf(Viewer);

    /// <summary>This view for <paramref name="viewer"/>.</summary>
    public CoachingView For(Person? viewer) => this with { Viewer = viewer };
}

/// <summary>
/// One poll recipient's copy of the card in their 1:1 chat. Each recipient sees their own view, so the cause names
/// the recipient (the supervisor's copy keeps the request's own cause, as first sent); updating the delivered copies
/// of a cause replaces that recipient's card, and only theirs.
/// </summary>
public sealed record CoachingPollNotice(Person Recipient, CoachingView View) : Notice(Recipient, CauseOf(View.Request, View.Who, Recipient))
{
    public static Cause CauseOf(CoachingRequest request, CoachingParticipants who, Person recipient) =>
        recipient.Id == who.Supervisor.Id
            ? new("coaching-poll", request.Key)
            : new("coaching-poll", $"{request.Key}.{recipient.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

    /// <summary>cards/email/notice-coaching-poll*: the supervisor is asked to pick, the caseworker to mark, the reviewer told.</summary>
    public override string EmailTwin => View.Who.ViewerOf(Recipient) switch
    {
        CoachingViewer.Caseworker => "coaching-poll-caseworker",
        CoachingViewer.QualityTeam => "coaching-poll-status",
        _ => "coaching-poll",
    };

    /// <summary>
    /// The poll goes out with the coaching request email (R14), which every poll recipient gets (to or copied) with the
    /// same times: a recipient Teams cannot reach is sent that one email, not the poll's twin as well.
    /// </summary>
    public override bool EmailedAlongside => true;

    /// <summary>Every recipient's copy of <paramref name="view"/>.</summary>
    public static IEnumerable<CoachingPollNotice> Copies(CoachingView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Who.PollRecipients.Select(p => new CoachingPollNotice(p, view.For(p)));
    }
}

using System.Globalization;
using CaseCoach.Cards.Text;
using CaseCoach.Core.Coaching;

namespace CaseCoach.Cards.Coaching;

/// <summary>The coaching-poll card model (R14) of a request as it stands: times to pick, or the booked time.</summary>
public sealed class CoachingPollView(ITextRenderer texts)
{
    /// <summary>Half-hour choices across the working day: Outlook cards have no time picker.</summary>
    private static readonly IReadOnlyList<CoachingTimeChoice> TimeChoices = Enumerable.Range(16, 19)
        .Select(half => new TimeOnly(half / 2, half % 2 * 30))
        .Select(t => new CoachingTimeChoice(t.ToString("h:mm tt", CultureInfo.InvariantCulture), t.ToString("HH:mm", CultureInfo.InvariantCulture)))
        .ToList();

    /// <summary>Another pick holding the request is shown as booked for the time it claimed.</summary>
    public CoachingPollCard Of(CoachingView view, string originator, int sessionMinutes)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (request, who) = (view.Request, view.Who);
        var booked = request.Status == CoachingRequestStatus.Booked || view.BeingBooked;
        var open = request.IsOpen && !view.BeingBooked;
        return new CoachingPollCard(
            originator, request.Key, who.Review.Case.Name,
            Phrasing.FirstName(who.Caseworker.Name), Phrasing.FirstName(who.Supervisor.Name), sessionMinutes,
            open, booked, Note(view.Note),
            open ? request.Slots.Select(s => new CoachingPollSlot(s.Id, s.Start, s.End, s.CaseworkerFree)).ToList() : [],
            TimeChoices,
            (view.BeingBooked ? request.ClaimedStart : request.BookedStart) ?? request.CreatedAt,
            (view.BeingBooked ? request.ClaimedEnd : request.BookedEnd) ?? request.CreatedAt,
            Phrasing.List(who.Distinct.Select(a => Phrasing.FirstName(a.Person.Name)).ToList()));
    }

    /// <summary>cards/text/coaching-note-NAME, NAME the note in kebab case (TimeTaken: time-taken).</summary>
    private string Note(CoachingNote note) => note == CoachingNote.None ? "" :
        texts.Render("coaching-note-" + string.Concat(note.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())), new { });

    /// <summary>R14: the request email's model; Outlook shows the poll card in its head, other clients this body.</summary>
    public static CoachingRequestEmail Email(CoachingView view, int sessionMinutes)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (request, who) = (view.Request, view.Who);
        return new CoachingRequestEmail(Phrasing.FirstName(who.Caseworker.Name), Phrasing.FirstName(who.Supervisor.Name),
            who.Review.Case.Name, who.Review.Case.ExternalCaseId, sessionMinutes,
            request.Slots.Select(s => Phrasing.Moment(s.Start, who.Zone)).ToList(), CoachingRequestEmail.AnyMeetingMode,
            who.Reviewer.Name, who.QaSupervisor.Name);
    }
}

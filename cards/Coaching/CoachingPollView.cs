using System.Globalization;
using CaseCoach.Cards.Text;
using CaseCoach.Core.Coaching;
using NodaTime;

namespace CaseCoach.Cards.Coaching;

/// <summary>The coaching-poll card model (R14) of a request as it stands: times to pick, or the booked time.</summary>
public sealed class CoachingPollView(ITextRenderer texts)
{
    /// <summary>Half-hour choices across the working day: Outlook cards have no time picker.</summary>
    private static readonly IReadOnlyList<CoachingTimeChoice> TimeChoices = Enumerable.Range(16, 19)
        .Select(half => new TimeOnly(half / 2, half % 2 * 30))
        .Select(t => new CoachingTimeChoice(t.ToString("h:mm tt", CultureInfo.InvariantCulture), t.ToString("HH:mm", CultureInfo.InvariantCulture)))
        .ToList();

    /// <summary>
    /// The view of <see cref="CoachingView.Viewer"/> (R13, R14). Another pick holding the request is shown as booked for
    /// the time it claimed. The supervisor sees the times the caseworker marked as working first.
    /// </summary>
    public CoachingPollCard Of(CoachingView view, string originator, int sessionMinutes)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (request, who) = (view.Request, view.Who);
        var booked = request.Status == CoachingRequestStatus.Booked || view.BeingBooked;
        var open = request.IsOpen && !view.BeingBooked;
        var role = view.ViewerRole;
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(view.Viewer?.TimeZone ?? "") ?? who.Zone;
        var slots = open
            ? request.Slots
                .Select(s => (Slot: s, Marked: view.Marks.TryGetValue(s.Id, out var works) ? works : (bool?)null))
                .OrderBy(s => s.Marked switch { true => 0, null => 1, false => 2 })
                .Select(s => new CoachingPollSlot(s.Slot.Id, s.Slot.Start, s.Slot.End, s.Slot.CaseworkerFree,
                    Phrasing.Moment(s.Slot.Start, zone), s.Marked == true, s.Marked == false))
                .ToList()
            : [];
        return new CoachingPollCard(
            originator, request.Key, who.Distinct.Select(a => "8:orgid:" + a.Person.AadObjectId).ToList(), who.Review.Case.Name,
            Phrasing.FirstName(who.Caseworker.Name), Phrasing.FirstName(who.Supervisor.Name), sessionMinutes,
            open, booked, role == CoachingViewer.Picker, role == CoachingViewer.Caseworker,
            role is not (CoachingViewer.Picker or CoachingViewer.Caseworker), Note(view.Note),
            slots, TimeChoices,
            string.Join(',', slots.Where(s => s.MarkedWorks).Select(s => s.SlotId)),
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

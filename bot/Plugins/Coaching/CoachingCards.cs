using System.Globalization;
using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Cards;
using CaseCoach.Cards.Coaching;
using CaseCoach.Cards.Text;
using CaseCoach.Core.Coaching;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>Binds the coaching-poll card (R14) of a request as it stands: times to pick, or the booked time.</summary>
public sealed class CoachingCards(ICardRenderer renderer, ITextRenderer texts, IOptions<CoachingOptions> options, IOptions<CoachingOutlookOptions> outlook)
{
    /// <summary>Half-hour choices across the working day: Outlook cards have no time picker.</summary>
    private static readonly IReadOnlyList<CoachingTimeChoice> TimeChoices = Enumerable.Range(16, 19)
        .Select(half => new TimeOnly(half / 2, half % 2 * 30))
        .Select(t => new CoachingTimeChoice(t.ToString("h:mm tt", CultureInfo.InvariantCulture), t.ToString("HH:mm", CultureInfo.InvariantCulture)))
        .ToList();

    public InvokeResponse Show(CoachingView view) => InvokeResponse.Card(Poll(view));

    /// <summary>Another pick holding the request is shown as booked for the time it claimed.</summary>
    public JsonElement Poll(CoachingView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (request, who) = (view.Request, view.Who);
        var booked = request.Status == CoachingRequestStatus.Booked || view.BeingBooked;
        var open = request.IsOpen && !view.BeingBooked;
        return renderer.Render(new CoachingPollCard(
            outlook.Value.ActionableMessageOriginator, request.Key, who.Review.Case.Name,
            Phrasing.FirstName(who.Caseworker.Name), Phrasing.FirstName(who.Supervisor.Name), options.Value.SessionMinutes,
            open, booked, Note(view.Note),
            open ? request.Slots.Select(s => new CoachingPollSlot(s.Id, s.Start, s.End, s.CaseworkerFree)).ToList() : [],
            TimeChoices,
            (view.BeingBooked ? request.ClaimedStart : request.BookedStart) ?? request.CreatedAt,
            (view.BeingBooked ? request.ClaimedEnd : request.BookedEnd) ?? request.CreatedAt,
            Phrasing.List(who.Distinct.Select(a => Phrasing.FirstName(a.Person.Name)).ToList())));
    }

    /// <summary>cards/text/coaching-note-NAME, NAME the note in kebab case (TimeTaken: time-taken).</summary>
    private string Note(CoachingNote note) => note == CoachingNote.None ? "" :
        texts.Render("coaching-note-" + string.Concat(note.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())), new { });
}

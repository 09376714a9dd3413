using System.Globalization;
using System.Text.Json;
using CaseCoach.Cards;
using CaseCoach.Cards.Coaching;
using CaseCoach.Core.Coaching;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>Binds the coaching request card (R14) for a request as it stands: times to pick, or the booked time.</summary>
public sealed class CoachingCards(ICardRenderer renderer, IOptions<CoachingOptions> options, IOptions<CoachingOutlookOptions> outlook)
{
    /// <summary>Half-hour choices across the working day: Outlook cards have no time picker.</summary>
    private static readonly IReadOnlyList<CoachingTimeChoice> TimeChoices = Enumerable.Range(16, 19)
        .Select(half => new TimeOnly(half / 2, half % 2 * 30))
        .Select(t => new CoachingTimeChoice(t.ToString("h:mm tt", CultureInfo.InvariantCulture), t.ToString("HH:mm", CultureInfo.InvariantCulture)))
        .ToList();

    public JsonElement Poll(CoachingRequest request, CoachingParticipants who, string notice = "") =>
        renderer.Render(Model(request, who, notice));

    /// <summary>Another pick holds the request and is booking its time now: shown as booked for that time.</summary>
    public JsonElement BeingBooked(CoachingRequest request, CoachingParticipants who) =>
        renderer.Render(Model(request, who, "") with
        {
            IsOpen = false,
            IsBooked = true,
            Slots = [],
            BookedStart = request.ClaimedStart ?? request.CreatedAt,
            BookedEnd = request.ClaimedEnd ?? request.CreatedAt,
        });

    public CoachingPollCard Model(CoachingRequest request, CoachingParticipants who, string notice = "")
    {
        var booked = request.Status == CoachingRequestStatus.Booked;
        return new CoachingPollCard(
            outlook.Value.ActionableMessageOriginator,
            request.Key,
            who.Review.Case.Name,
            FirstName(who.Caseworker.Name),
            FirstName(who.Supervisor.Name),
            options.Value.SessionMinutes,
            request.IsOpen,
            booked,
            notice,
            request.IsOpen ? request.Slots.Select(s => new CoachingPollSlot(s.Id, s.Start, s.End, s.CaseworkerFree)).ToList() : [],
            TimeChoices,
            request.BookedStart ?? request.CreatedAt,
            request.BookedEnd ?? request.CreatedAt,
            AttendeeNames(who));
    }

    public static string FirstName(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, ..] ? first : name;

    private static string AttendeeNames(CoachingParticipants who)
    {
        var names = who.Distinct.Select(a => FirstName(a.Person.Name)).ToList();
        return names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";
    }
}

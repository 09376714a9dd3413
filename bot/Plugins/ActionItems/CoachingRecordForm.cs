using System.Globalization;
using System.Text.Json;
using CaseCoach.Cards;
using CaseCoach.Cards.ActionItems;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// The coaching-record card: first the sessions waiting for a record (or another reviewed case), then the form,
/// re-rendered with what was typed when a row is added or a save is refused (so nothing typed is lost). What it
/// offers comes from <see cref="CoachingRecordChoices"/> and <see cref="SessionsToDocument"/>.
/// </summary>
public sealed class CoachingRecordForm(
    CoachingRecordChoices choices, SessionsToDocument sessions, ICardRenderer cards, CoachingRecordView view, ActionItemCalendar calendar,
    CaseCoach.Core.Instruments.InstrumentCatalog instruments)
{
    public async Task<JsonElement> PickCaseAsync(Person author, DateTimeOffset now, CancellationToken cancellationToken) =>
        cards.Render(view.PickCase(await sessions.ForAsync(author, now, cancellationToken), await choices.CasesAsync(author, cancellationToken)));

    public Task<IReadOnlyList<Person>> PeopleAsync(long caseId, Person author, CancellationToken cancellationToken) =>
        choices.PeopleAsync(caseId, author, cancellationToken);

    /// <summary>The session the card data names, if it is still waiting and <paramref name="author"/>'s to document.</summary>
    public Task<SessionToDocument?> SessionAsync(CoachingRecordData? typed, Person author, DateTimeOffset now, CancellationToken cancellationToken) =>
        typed?.Session is { } id ? sessions.OneAsync(id, author, now, cancellationToken) : Task.FromResult<SessionToDocument?>(null);

    /// <summary>The form for a booked session as the sweep sends it (R16): its attendees ticked, nothing typed yet.</summary>
    public JsonElement ForSession(SessionToDocument session, Person author) =>
        cards.Render(view.Form(session.Who.Review.Case, author, session.Who.Distinct.Select(a => a.Person).ToList(), _ => null, 1, "",
            session.SessionOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), session,
            ResolvableAnswers.Of(session.Who.Review, instruments.Find(session.Who.Review.InstrumentKey))));

    public async Task<JsonElement?> FormAsync(
        long caseId, Person author, CoachingRecordData? typed, int rowCount, string error, DateTimeOffset now, CancellationToken cancellationToken,
        SessionToDocument? session = null)
    {
        if (await choices.CaseAsync(caseId, cancellationToken) is not { } @case) return null;
        var people = await choices.PeopleAsync(@case, author, cancellationToken);
        var today = (await calendar.ClockAsync(now, cancellationToken)).Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var resolvable = await choices.ResolvableAsync(@case.Id, session?.Session.ReviewId ?? typed?.Review, cancellationToken);
        return cards.Render(view.Form(@case, author, people, key => typed?.Input(key), rowCount, error, today, session, resolvable));
    }
}

using System.Globalization;
using System.Text.Json;
using CaseCoach.Cards;
using CaseCoach.Cards.ActionItems;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// The coaching-record card: first the case, then the form, re-rendered with what was typed when a row is added or a
/// save is refused (so nothing typed is lost). What it offers comes from <see cref="CoachingRecordChoices"/>.
/// </summary>
public sealed class CoachingRecordForm(CoachingRecordChoices choices, ICardRenderer cards, CoachingRecordView view, ActionItemCalendar calendar)
{
    public async Task<JsonElement> PickCaseAsync(CancellationToken cancellationToken) =>
        cards.Render(view.PickCase(await choices.CasesAsync(cancellationToken)));

    public Task<IReadOnlyList<Person>> PeopleAsync(long caseId, Person author, CancellationToken cancellationToken) =>
        choices.PeopleAsync(caseId, author, cancellationToken);

    public async Task<JsonElement?> FormAsync(
        long caseId, Person author, CoachingRecordData? typed, int rowCount, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await choices.CaseAsync(caseId, cancellationToken) is not { } @case) return null;
        var people = await choices.PeopleAsync(@case, author, cancellationToken);
        var today = (await calendar.ClockAsync(now, cancellationToken)).Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return cards.Render(view.Form(@case, author, people, key => typed?.Input(key), rowCount, error, today));
    }
}

using System.Globalization;
using System.Text.Json;
using CaseCoach.Cards;
using CaseCoach.Cards.ActionItems;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// The coaching-record card: first the case, then the form, re-rendered with what was typed when a row is added or a
/// save is refused (so nothing typed is lost).
/// </summary>
public sealed class CoachingRecordForm(CaseCoachDbContext db, ICardRenderer cards, ActionItemCalendar calendar)
{
    /// <summary>How many open cases the case picker offers, highest score first (R1).</summary>
    private const int CasesOffered = 25;

    public static bool MayDocument(Person person) => person.Role is Role.Reviewer or Role.QaSupervisor;

    public async Task<JsonElement> PickCaseAsync(CancellationToken cancellationToken)
    {
        var cases = await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Open)
            .OrderByDescending(c => c.Score).Take(CasesOffered)
            .Select(c => new CaseChoice(c.Id.ToString(CultureInfo.InvariantCulture), c.Name + " (" + c.ExternalCaseId + ")"))
            .ToListAsync(cancellationToken);
        return cards.Render(new CoachingRecordCard(true, cases, "", "", "", "", [], "", "", "", [], [], "0"));
    }

    public async Task<JsonElement?> FormAsync(
        long caseId, Person author, CoachingRecordData? typed, int rowCount, string error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken) is not { } @case)
            return null;
        var people = await PeopleAsync(@case, author, cancellationToken);
        var owners = people.Where(p => p.Id == @case.CaseworkerId || p.Id == @case.SupervisorId).OrderBy(p => p.Id != @case.CaseworkerId).ToList();
        var clock = await calendar.ClockAsync(now, cancellationToken);
        string Value(string key, string fallback) => typed?.Input(key) ?? fallback;
        var expected = new[] { author.Id, @case.CaseworkerId, @case.SupervisorId };
        var rows = Enumerable.Range(1, Math.Max(rowCount, 1)).Select(r => r.ToString(CultureInfo.InvariantCulture)).Select(r => new DraftActionItem(
            r, Value($"description-{r}", ""), Value($"owner-{r}", Id(@case.CaseworkerId)), Value($"due-{r}", ""), Value($"safety-{r}", "no"))).ToList();
        return cards.Render(new CoachingRecordCard(
            false, [], Id(caseId), @case.Name, error, Value("sessionDate", clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            people.Select(p => new AttendeeChoice(Id(p.Id), p.Name, p.Title, Value($"attended-{p.Id}", expected.Contains(p.Id) ? "yes" : "no"))).ToList(),
            Value("concerns", ""), Value("answersChangedToYes", ""), Value("appreciation", ""),
            owners.Select(o => new OwnerChoice(Id(o.Id), o.Id == @case.CaseworkerId ? $"{o.Name} (caseworker)" : $"{o.Name} (supervisor)")).ToList(),
            rows, rows.Count.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>R11: the people the form offers as attendees: QA supervisors and the author with the caseworker and supervisor.</summary>
    public async Task<IReadOnlyList<Person>> PeopleAsync(long caseId, Person author, CancellationToken cancellationToken) =>
        await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken) is { } @case
            ? await PeopleAsync(@case, author, cancellationToken) : [];

    private Task<List<Person>> PeopleAsync(Case @case, Person author, CancellationToken cancellationToken) =>
        db.People.AsNoTracking()
            .Where(p => p.Role == Role.QaSupervisor || p.Id == author.Id || p.Id == @case.CaseworkerId || p.Id == @case.SupervisorId)
            .OrderBy(p => p.Role).ThenBy(p => p.Name).ToListAsync(cancellationToken);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}

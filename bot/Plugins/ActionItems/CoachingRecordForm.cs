using System.Globalization;
using System.Text.Json;
using CaseCoach.Bot.Turns;
using CaseCoach.Cards;
using CaseCoach.Cards.ActionItems;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// The coaching-record card: first the case, then the form, re-rendered with what was typed when a row is added or a
/// save is refused (so nothing typed is lost), and read back into a <see cref="RecordCoachingCommand"/>.
/// </summary>
public sealed class CoachingRecordForm(CaseCoachDbContext db, ICardRenderer cards, ActionItemsContext context)
{
    /// <summary>How many open cases the case picker offers, highest score first (R1).</summary>
    private const int CasesOffered = 25;

    public async Task<JsonElement> PickCaseAsync(CancellationToken cancellationToken)
    {
        var cases = await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Open)
            .OrderByDescending(c => c.Score).Take(CasesOffered)
            .Select(c => new CaseChoice(c.Id.ToString(CultureInfo.InvariantCulture), c.Name + " (" + c.ExternalCaseId + ")"))
            .ToListAsync(cancellationToken);
        return cards.Render(new CoachingRecordCard(true, cases, "", "", "", "", [], "", "", "", [], [], "0"));
    }

    public async Task<JsonElement?> FormAsync(long caseId, Person author, CardActionTurn? typed, int rowCount, string error, CancellationToken cancellationToken)
    {
        if (await CaseWithPeopleAsync(caseId, author, cancellationToken) is not var (@case, people, owners))
            return null;
        var clock = await context.ClockAsync(cancellationToken);
        string Value(string key, string fallback) => typed?.DataString(key) ?? fallback;
        var expected = new[] { author.Id, @case.CaseworkerId, @case.SupervisorId };
        var rows = Enumerable.Range(1, Math.Max(rowCount, 1)).Select(r => r.ToString(CultureInfo.InvariantCulture)).Select(r => new DraftActionItem(
            r, Value($"description-{r}", ""), Value($"owner-{r}", @case.CaseworkerId.ToString(CultureInfo.InvariantCulture)),
            Value($"due-{r}", ""), Value($"safety-{r}", "no"))).ToList();
        return cards.Render(new CoachingRecordCard(
            false, [], caseId.ToString(CultureInfo.InvariantCulture), @case.Name, error,
            Value("sessionDate", clock.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            people.Select(p => new AttendeeChoice(Id(p), p.Name, p.Title, Value($"attended-{p.Id}", expected.Contains(p.Id) ? "yes" : "no"))).ToList(),
            Value("concerns", ""), Value("answersChangedToYes", ""), Value("appreciation", ""),
            owners.Select(o => new OwnerChoice(Id(o), o.Id == @case.CaseworkerId ? $"{o.Name} (caseworker)" : $"{o.Name} (supervisor)")).ToList(),
            rows, rows.Count.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The typed form as a command; a row without a description is an unused row and is skipped.</summary>
    public async Task<(RecordCoachingCommand? Command, string Error)> ReadAsync(long caseId, Person author, CardActionTurn typed, int rowCount, CancellationToken cancellationToken)
    {
        if (await CaseWithPeopleAsync(caseId, author, cancellationToken) is not var (_, people, _))
            return (null, "That case no longer exists.");
        if (!DateOnly.TryParseExact(typed.DataString("sessionDate"), "yyyy-MM-dd", out var sessionOn))
            return (null, "Enter the session date.");
        var items = new List<AgreedActionItem>();
        for (var r = 1; r <= rowCount; r++)
        {
            var description = typed.DataString($"description-{r}")?.Trim() ?? "";
            if (description.Length == 0)
                continue;
            if (!long.TryParse(typed.DataString($"owner-{r}"), out var owner))
                return (null, $"Pick an owner for \"{description}\".");
            if (!DateOnly.TryParseExact(typed.DataString($"due-{r}"), "yyyy-MM-dd", out var due))
                return (null, $"Pick a due date for \"{description}\".");
            items.Add(new AgreedActionItem(description, owner, due, typed.DataString($"safety-{r}") == "yes"));
        }

        var attended = people.Where(p => typed.DataString($"attended-{p.Id}") == "yes").Select(p => p.Id).ToList();
        var changed = (typed.DataString("answersChangedToYes") ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries);
        return (new RecordCoachingCommand(caseId, null, sessionOn, attended, typed.DataString("concerns") ?? "", changed, items,
            typed.DataString("appreciation") ?? ""), "");
    }

    /// <summary>R11: the quality team (QA supervisors and the author) with the caseworker and supervisor.</summary>
    private async Task<(Case Case, List<Person> People, List<Person> Owners)?> CaseWithPeopleAsync(long caseId, Person author, CancellationToken cancellationToken)
    {
        var @case = await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
            return null;
        var people = await db.People.AsNoTracking()
            .Where(p => p.Role == Role.QaSupervisor || p.Id == author.Id || p.Id == @case.CaseworkerId || p.Id == @case.SupervisorId)
            .OrderBy(p => p.Role).ThenBy(p => p.Name).ToListAsync(cancellationToken);
        var owners = people.Where(p => p.Id == @case.CaseworkerId || p.Id == @case.SupervisorId).OrderBy(p => p.Id != @case.CaseworkerId).ToList();
        return (@case, people, owners);
    }

    private static string Id(Person person) => person.Id.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using CaseCoach.Cards.Text;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Cards.ActionItems;

/// <summary>The coaching-record card's models: the case picker, and the form with what was typed kept in it.</summary>
public sealed class CoachingRecordView(ITextRenderer texts)
{
    public CoachingRecordCard PickCase(IEnumerable<Case> cases) =>
        new(true, cases.Select(c => new CaseChoice(Id(c.Id), texts.Render(new CaseChoiceText(c.Name, c.ExternalCaseId)))).ToList(),
            "", "", "", "", [], "", "", "", [], [], "0");

    /// <param name="typed">The value typed into an input, by its id, or null to show the default.</param>
    public CoachingRecordCard Form(Case @case, Person author, IReadOnlyList<Person> people, Func<string, string?> typed, int rowCount, string error, string today)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(author);
        string Value(string key, string fallback) => typed(key) ?? fallback;
        var owners = people.Where(p => p.Id == @case.CaseworkerId || p.Id == @case.SupervisorId).OrderBy(p => p.Id != @case.CaseworkerId).ToList();
        var expected = new[] { author.Id, @case.CaseworkerId, @case.SupervisorId };
        var rows = Enumerable.Range(1, Math.Max(rowCount, 1)).Select(r => r.ToString(CultureInfo.InvariantCulture)).Select(r => new DraftActionItem(
            r, Value($"description-{r}", ""), Value($"owner-{r}", Id(@case.CaseworkerId)), Value($"due-{r}", ""), Value($"safety-{r}", "no"))).ToList();
        return new CoachingRecordCard(
            false, [], Id(@case.Id), @case.Name, error, Value("sessionDate", today),
            people.Select(p => new AttendeeChoice(Id(p.Id), p.Name, p.Title, Value($"attended-{p.Id}", expected.Contains(p.Id) ? "yes" : "no"))).ToList(),
            Value("concerns", ""), Value("answersChangedToYes", ""), Value("appreciation", ""),
            owners.Select(o => new OwnerChoice(Id(o.Id), texts.Render(new OwnerChoiceText(o.Name, o.Id == @case.CaseworkerId)))).ToList(),
            rows, rows.Count.ToString(CultureInfo.InvariantCulture));
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}

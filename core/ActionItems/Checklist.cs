using CaseCoach.Core.Cases;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.ActionItems;

/// <summary>One coaching session's action items with everyone the checklist card shows or is shown to.</summary>
public sealed record Checklist(
    CoachingRecord Record, Case Case, IReadOnlyList<ActionItem> Items, IReadOnlyDictionary<long, Person> People)
{
    public Person Caseworker => People[Case.CaseworkerId];

    public Person Supervisor => People[Case.SupervisorId];

    public Person Reviewer => People[Record.ReviewerId];

    /// <summary>Who gets a copy of the card: caseworker and supervisor report, the reviewer verifies.</summary>
    public IEnumerable<Person> Viewers => new[] { Caseworker, Supervisor, Reviewer }.DistinctBy(p => p.Id);

    public bool MayView(Person person) =>
        ActionItemRoles.CanReport(person, Case) || ActionItemRoles.CanReview(person, Record);
}

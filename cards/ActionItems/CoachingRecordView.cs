using System.Globalization;
using CaseCoach.Cards.Text;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Organisation;
using NodaTime;

namespace CaseCoach.Cards.ActionItems;

/// <summary>
/// The coaching-record card's models: the sessions waiting for documentation with the case picker for another
/// session, and the form with what was typed kept in it (for a booked session: its review, booking and attendees).
/// </summary>
public sealed class CoachingRecordView(ITextRenderer texts)
{
    public CoachingRecordCard PickCase(IEnumerable<SessionToDocument> sessions, IEnumerable<Case> cases) =>
        new(true, cases.Select(c => new CaseChoice(Id(c.Id), texts.Render(new CaseChoiceText(c.Name, c.ExternalCaseId)))).ToList(),
            "", "", "", "", [], "", "", [], "", [], [], "0", sessions.Select(Choice).ToList(), "", "", "");

    /// <param name="typed">The value typed into an input, by its id, or null to show the default.</param>
    /// <param name="session">The booked session the form documents, or null for a session held outside the bot.</param>
    public CoachingRecordCard Form(
        Case @case, Person author, IReadOnlyList<Person> people, Func<string, string?> typed, int rowCount, string error, string today,
        SessionToDocument? session = null, IReadOnlyList<Core.ActionItems.ResolvableAnswer>? resolvable = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(author);
        string Value(string key, string fallback) => typed(key) ?? fallback;
        var owners = people.Where(p => p.Id == @case.CaseworkerId || p.Id == @case.SupervisorId).OrderBy(p => p.Id != @case.CaseworkerId).ToList();
        var expected = session?.Who.Distinct.Select(a => a.Person.Id).ToArray() ?? [author.Id, @case.CaseworkerId, @case.SupervisorId];
        var sessionDay = session?.SessionOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rows = Enumerable.Range(1, Math.Max(rowCount, 1)).Select(r => r.ToString(CultureInfo.InvariantCulture)).Select(r => new DraftActionItem(
            r, Value($"description-{r}", ""), Value($"owner-{r}", Id(@case.CaseworkerId)), Value($"due-{r}", ""), Value($"safety-{r}", "no"))).ToList();
        return new CoachingRecordCard(
            false, [], Id(@case.Id), @case.Name, error, Value("sessionDate", sessionDay ?? today),
            people.Select(p => new AttendeeChoice(Id(p.Id), p.Name, p.Title, Value($"attended-{p.Id}", expected.Contains(p.Id) ? "yes" : "no"))).ToList(),
            Value("concerns", ""), Value("answersChangedToYes", ""),
            (resolvable ?? []).Select(a => new ResolvableChoice(a.QuestionId, texts.Render(new ResolvableChoiceText(a.Number, a.Text)))).ToList(),
            Value("appreciation", ""),
            owners.Select(o => new OwnerChoice(Id(o.Id), texts.Render(new OwnerChoiceText(o.Name, o.Id == @case.CaseworkerId)))).ToList(),
            rows, rows.Count.ToString(CultureInfo.InvariantCulture), [],
            session is null ? "" : Id(session.Session.Id), session is null ? "" : Id(session.Session.ReviewId),
            session is null ? "" : texts.Render(new SessionLabelText(When(session),
                Phrasing.LongDate(session.Who.Calendar.DateAt(Instant.FromDateTimeOffset(session.Who.CompletedAt)).ToDateOnly()))));
    }

    private SessionChoice Choice(SessionToDocument session)
    {
        var @case = session.Who.Review.Case;
        var attendees = Phrasing.List(session.Who.Distinct.Select(a => a.Person.Name).ToList());
        return new(Id(session.Session.Id), Id(@case.Id), texts.Render(new SessionChoiceText(@case.Name, @case.ExternalCaseId, When(session), attendees)));
    }

    private static string When(SessionToDocument session) => Phrasing.DayAndTime(session.Session.ScheduledStart, session.Who.Zone);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}

namespace CaseCoach.Cards.ActionItems;

/// <summary>
/// The coaching record the quality team fills after a session (coaching-record.json, Teams only, schema 1.5): R16
/// attendees with titles, the concerns, R15 No-to-Yes changes, and action-item rows (more on demand). Verbs
/// actionItems.addRow and actionItems.recordCoaching carry {caseId, rowCount}; inputs attended-{personId},
/// description-{rowId}, owner-{rowId}, due-{rowId}, safety-{rowId}. With <see cref="NeedsCase"/> it first asks for the
/// case (input pickCase, verb actionItems.addRow), after the booked sessions waiting for documentation
/// (<see cref="Sessions"/>, each opening its form with {caseId, sessionId}). A form for a booked session carries
/// {sessionId, reviewId} on both verbs, so the record is tied to its booking and review (R15, R16). The review's
/// questions answered No are offered in <see cref="Resolvable"/> (input answersChangedToYes, a multi-select sending
/// question ids separated by commas). Every value is a string because inputs send strings back.
/// </summary>
public sealed record CoachingRecordCard(
    bool NeedsCase,
    IReadOnlyList<CaseChoice> Cases,
    string CaseId,
    string CaseName,
    string Error,
    string SessionDate,
    IReadOnlyList<AttendeeChoice> People,
    string Concerns,
    string AnswersChangedToYes,
    IReadOnlyList<ResolvableChoice> Resolvable,
    string Appreciation,
    IReadOnlyList<OwnerChoice> Owners,
    IReadOnlyList<DraftActionItem> Rows,
    string RowCount,
    IReadOnlyList<SessionChoice> Sessions,
    string SessionId,
    string ReviewId,
    string SessionLabel) : ICardModel
{
    public static string TemplateName => "coaching-record";
}

public sealed record CaseChoice(string CaseId, string Label);

/// <summary>R15: a question of the review answered No, which the session may have resolved.</summary>
public sealed record ResolvableChoice(string QuestionId, string Label);

/// <summary>A booked session that ended and waits for its record (R16).</summary>
public sealed record SessionChoice(string SessionId, string CaseId, string Label);

public sealed record AttendeeChoice(string PersonId, string Name, string Title, string Attended);

public sealed record OwnerChoice(string PersonId, string Label);

public sealed record DraftActionItem(string RowId, string Description, string OwnerId, string DueDate, string Safety);

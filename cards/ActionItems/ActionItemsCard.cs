namespace CaseCoach.Cards.ActionItems;

/// <summary>
/// The action-items checklist (action-items.json, schema 1.4 because it also travels in Outlook). The Can* flags
/// are decided on the server per viewer (R18 report then verify, R19 no extension for safety items); every verb
/// carries only {actionItemId}, with inputs barrier-{id}, newDueDate-{id} and sendBackReason-{id}. The refresh
/// (verb actionItems.refresh {coachingRecordId}) gives each of <see cref="UserIds"/> their own view of one card.
/// </summary>
/// <param name="Originator">The Outlook actionable-message originator id; Teams ignores it.</param>
/// <param name="UserIds">User MRIs ("8:orgid:{aadObjectId}") whose clients refresh the card to their own view.</param>
public sealed record ActionItemsCard(
    string Originator, string CoachingRecordId, IReadOnlyList<string> UserIds, string CaseName, DateTimeOffset SessionDate,
    IReadOnlyList<ActionItemRow> Items)
    : ICardModel
{
    public static string TemplateName => "action-items";
}

/// <param name="DueText">The due date as a phrase in the viewer's time zone: "due in 3 days", "2 days overdue".</param>
public sealed record ActionItemRow(
    string ActionItemId,
    string Description,
    string OwnerName,
    DateTimeOffset DueDate,
    string DueText,
    string StatusText,
    bool IsDone,
    bool IsSafety,
    string Barrier,
    bool CanReportDone,
    bool CanReportBarrier,
    bool CanVerify,
    bool CanSendBack,
    bool CanExtend);

namespace CaseCoach.Cards.ActionItems;

/// <summary>
/// The action-items checklist (action-items.json, schema 1.4 because it also travels in Outlook). The Can* flags
/// are decided on the server per viewer (R18 report then verify, R19 no extension for safety items); every verb
/// carries only {actionItemId}, with inputs barrier-{id}, newDueDate-{id} and sendBackReason-{id}.
/// </summary>
/// <param name="Originator">The Outlook actionable-message originator id; Teams ignores it.</param>
public sealed record ActionItemsCard(string Originator, string CaseName, DateTimeOffset SessionDate, IReadOnlyList<ActionItemRow> Items)
    : ICardModel
{
    public static string TemplateName => "action-items";
}

public sealed record ActionItemRow(
    string ActionItemId,
    string Description,
    string OwnerName,
    DateTimeOffset DueDate,
    string StatusText,
    bool IsDone,
    bool IsSafety,
    string Barrier,
    bool CanReportDone,
    bool CanReportBarrier,
    bool CanVerify,
    bool CanSendBack,
    bool CanExtend);

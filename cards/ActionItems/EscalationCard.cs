namespace CaseCoach.Cards.ActionItems;

/// <summary>
/// R22, R23: the escalation to the director of quality and the program director (escalation.json, schema 1.4 so it
/// also travels in Outlook). Verb actionItems.scheduleStaffing {staffingId} books the accountability staffing.
/// </summary>
public sealed record EscalationCard(
    string Originator,
    string StaffingId,
    string CaseName,
    string CaseworkerName,
    string UnitName,
    IReadOnlyList<EscalatedItem> Items,
    string RepeatWarning,
    string ScheduledText,
    bool CanSchedule) : ICardModel
{
    public static string TemplateName => "escalation";
}

public sealed record EscalatedItem(string Description, string OwnerName, DateTimeOffset DueDate, string DueText, string Barrier);

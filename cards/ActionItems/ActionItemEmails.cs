using CaseCoach.Cards.Mail;

namespace CaseCoach.Cards.ActionItems;

/// <summary>R17 (email/action-items.*.liquid): thanks, an appreciation, the list with owners and due dates.</summary>
public sealed record ActionItemsEmail(
    string CaseworkerFirstName, string CaseName, string CaseNumber, string Appreciation, IReadOnlyList<AgreedItemLine> Items, string ReviewerName) : IMailModel
{
    public static string TemplateName => "action-items";
}

public sealed record AgreedItemLine(string Description, string OwnerName, string DueDateText);

/// <summary>R21 (email/overdue.*.liquid): the firm status request naming close of business today and the program director.</summary>
public sealed record OverdueEmail(
    string CaseworkerFirstName, string CaseName, string CaseNumber, IReadOnlyList<OverdueItemLine> Items, string CloseOfBusinessText,
    string ProgramDirectorName, string ReviewerName) : IMailModel
{
    public static string TemplateName => "overdue";
}

public sealed record OverdueItemLine(string Description, string DueDateText);

/// <summary>R22, R23 (email/escalation.*.liquid): the overdue items with barriers, and the repeat warning when there is one.</summary>
public sealed record EscalationEmail(
    string CaseworkerName, string SupervisorName, string CaseName, string CaseNumber, IReadOnlyList<EscalatedItemLine> Items,
    string RepeatWarning, string ReviewerName) : IMailModel
{
    public static string TemplateName => "escalation";
}

public sealed record EscalatedItemLine(string Description, string OwnerName, string DueDateText, string OverdueText, string Barrier);

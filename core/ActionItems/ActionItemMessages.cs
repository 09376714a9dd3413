using CaseCoach.Core.Application;
using CaseCoach.Core.Mail;
using CaseCoach.Core.Organisation;
using EmailAddress = CaseCoach.Core.Mail.EmailAddress;

namespace CaseCoach.Core.ActionItems;

/// <summary>R20: the reminder or overdue chat notice for some of a session's items, to the caseworker or supervisor.</summary>
public sealed record DueItemsNotice(Person Recipient, NoticeKind Kind, Checklist Checklist, IReadOnlyList<ActionItem> Items, ActionItemClock Clock, string Key)
    : Notice(Recipient, new Cause("action-items", Key))
{
    public override string EmailTwin => Kind == NoticeKind.Reminder ? "action-items-reminder" : "action-items-overdue";

    /// <summary>R24: "reminder sent" / "overdue notice sent" per item, once delivered (to either person).</summary>
    public override IReadOnlyList<DeliveryReceipt> Receipts =>
        Items.Select(i => new DeliveryReceipt(Kind == NoticeKind.Reminder ? FidelityEventKinds.ReminderSent : FidelityEventKinds.OverdueNoticeSent,
            i.CaseId, i.CoachingRecordId, i.Id, i.DueOn)).ToList();
}

/// <summary>R22: one director's escalation card; the cause names the director, whose view (time zone) it is.</summary>
public sealed record EscalationCopy(
    Person Recipient, AccountabilityStaffing Staffing, Checklist Checklist, string UnitName, RepeatStaffing Repeat, ActionItemClock Clock)
    : Notice(Recipient, new Cause("escalation", $"{Staffing.Id:N}.{Recipient.Id}"))
{
    /// <summary>Set when the director is on the escalation email (R22), which carries the same: Teams failing sends no twin as well.</summary>
    public bool Emailed { get; init; }

    public override bool EmailedAlongside => Emailed;
}

/// <summary>
/// R17: thanks, an appreciation and the list with due dates, after the session; in Outlook also the checklist card
/// (the caseworker's view, as of <see cref="Clock"/>), so done and barrier can be reported from the email.
/// </summary>
public sealed record ActionItemsMail(
    Checklist Checklist, string Appreciation, ActionItemClock Clock, IReadOnlyList<EmailAddress> To, IReadOnlyList<EmailAddress> Cc)
    : Email(new Cause("action-items-email", Checklist.Record.Id.ToString("N")), To, Cc)
{
    /// <summary>The reviewer who led the session answers questions about its items.</summary>
    public override EmailAddress? ReplyTo => Recipients.Of([Checklist.Reviewer])[0];
}

/// <summary>R21: the firm status request on the next business morning.</summary>
public sealed record OverdueMail(
    Checklist Checklist, IReadOnlyList<ActionItem> Items, Person? ProgramDirector, TimeOnly CloseOfBusiness, string Key,
    IReadOnlyList<EmailAddress> To, IReadOnlyList<EmailAddress> Cc)
    : Email(new Cause("overdue-email", Key), To, Cc)
{
    public override EmailAddress? ReplyTo => Recipients.Of([Checklist.Reviewer])[0];
}

/// <summary>R22, R23: the escalation email to the directors, copying the jurisdiction's escalation contacts.</summary>
public sealed record EscalationMail(
    Checklist Checklist, IReadOnlyList<ActionItem> Items, RepeatStaffing Repeat, ActionItemClock Clock, string TimeZone, string Key,
    IReadOnlyList<EmailAddress> To, IReadOnlyList<EmailAddress> Cc, EmailAddress? DirectorOfQuality = null)
    : Email(new Cause("escalation-email", Key), To, Cc)
{
    /// <summary>The director of quality owns the escalation (R22), so replies reach them.</summary>
    public override EmailAddress? ReplyTo => DirectorOfQuality;
}

/// <summary>Addresses for a message: people with their names, contacts by address only, nobody twice.</summary>
public static class Recipients
{
    public static IReadOnlyList<EmailAddress> Of(IEnumerable<Person> people) =>
        people.DistinctBy(p => p.Email, StringComparer.OrdinalIgnoreCase).Select(p => new EmailAddress(p.Email, p.Name)).ToList();

    public static IReadOnlyList<EmailAddress> Of(IEnumerable<string> addresses) =>
        addresses.Distinct(StringComparer.OrdinalIgnoreCase).Select(a => new EmailAddress(a)).ToList();
}

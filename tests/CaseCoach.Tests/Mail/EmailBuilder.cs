using System.Text;
using CaseCoach.Core.Mail;

namespace CaseCoach.Tests.Mail;

/// <summary>A review reminder with an invitation attached; tests change only what they are about.</summary>
internal sealed class EmailBuilder
{
    private string key = "email:42:review-reminder";
    private string subject = "Review due: case 1001";
    private readonly List<EmailAddress> to = [new("reviewer@contoso.test", "Rita Reviewer")];
    private readonly List<EmailAddress> cc = [new("qa.supervisor@contoso.test", "Quinn Supervisor")];
    private readonly List<EmailAttachment> attachments =
        [new("coaching.ics", "text/calendar", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"))];

    public EmailBuilder WithKey(string value) { key = value; return this; }

    public EmailBuilder WithSubject(string value) { subject = value; return this; }

    public EmailBuilder To(string address, string? name = null) { to.Add(new EmailAddress(address, name)); return this; }

    public EmailBuilder OnlyTo(string address) { to.Clear(); cc.Clear(); to.Add(new EmailAddress(address)); return this; }

    public EmailMessage Build() => new(
        key, to.ToList(), cc.ToList(), subject,
        HtmlBody: "<p>Your review of <b>case 1001</b> is due Friday.</p>",
        TextBody: "Your review of case 1001 is due Friday.",
        Attachments: attachments.ToList());
}

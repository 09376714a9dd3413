using CaseCoach.Core.Mail;
using MimeKit;

namespace CaseCoach.Bot.Mail;

/// <summary>Builds the MIME form shared by the .eml outbox and SMTP, so both produce the same message.</summary>
internal static class MimeMessageFactory
{
    /// <exception cref="ParseException">An address is not a valid email address.</exception>
    public static MimeMessage Create(EmailMessage email, MailboxAddress from, DateTimeOffset date)
    {
        var message = new MimeMessage
        {
            Subject = email.Subject,
            Date = date,
            // Derived from the idempotency key: a resend after a crash carries the same Message-ID,
            // which lets receiving systems and people recognise it as the same message.
            MessageId = $"{IdempotencyToken.From(email.IdempotencyKey)}@{DomainOf(from)}",
        };
        message.From.Add(from);
        message.To.AddRange(email.To.Select(ToMailbox));
        message.Cc.AddRange(email.Cc.Select(ToMailbox));
        if (email.ReplyTo is { } replyTo)
        {
            message.ReplyTo.Add(ToMailbox(replyTo));
        }

        var body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody };
        foreach (var attachment in email.Attachments ?? [])
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    public static MailboxAddress ToMailbox(EmailAddress address) => new(address.Name ?? "", address.Address);

    private static string DomainOf(MailboxAddress from) => from.Domain is { Length: > 0 } domain ? domain : "casecoach.local";
}

namespace CaseCoach.Core.Mail;

/// <summary>
/// An email ready to send. <see cref="IdempotencyKey"/> doubles as the Message-ID's local part so
/// that a resend after a crash is recognisable (and, for the .eml outbox, overwrites the same file).
/// <see cref="ReplyTo"/> is the person a reply should reach (the mail comes from the bot's mailbox).
/// </summary>
public sealed record EmailMessage(
    string IdempotencyKey,
    IReadOnlyList<EmailAddress> To,
    IReadOnlyList<EmailAddress> Cc,
    string Subject,
    string HtmlBody,
    string TextBody,
    IReadOnlyList<EmailAttachment>? Attachments = null,
    EmailAddress? ReplyTo = null);

public sealed record EmailAddress(string Address, string? Name = null);

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

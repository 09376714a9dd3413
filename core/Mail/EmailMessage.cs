namespace CaseCoach.Core.Mail;

/// <summary>
/// An email ready to send. <see cref="IdempotencyKey"/> doubles as the Message-ID's local part so
/// that a resend after a crash is recognisable (and, for the .eml outbox, overwrites the same file).
/// </summary>
public sealed record EmailMessage(
    string IdempotencyKey,
    IReadOnlyList<EmailAddress> To,
    IReadOnlyList<EmailAddress> Cc,
    string Subject,
    string HtmlBody,
    string TextBody,
    IReadOnlyList<EmailAttachment>? Attachments = null);

public sealed record EmailAddress(string Address, string? Name = null);

public sealed record EmailAttachment(string FileName, string ContentType, byte[] Content);

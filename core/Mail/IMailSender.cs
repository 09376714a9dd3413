namespace CaseCoach.Core.Mail;

/// <summary>Sends email through the configured provider (.eml outbox, SMTP or Microsoft Graph).</summary>
public interface IMailSender
{
    Task<MailSendResult> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>Classified outcome, so the outbox can decide between retry and final failure.</summary>
public abstract record MailSendResult
{
    private MailSendResult() { }
    public sealed record Sent(string? ProviderMessageId = null) : MailSendResult;
    public sealed record Transient(string Reason, TimeSpan? RetryAfter = null) : MailSendResult;
    public sealed record Rejected(string Reason) : MailSendResult;
}

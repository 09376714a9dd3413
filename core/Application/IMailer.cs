using CaseCoach.Core.Mail;

namespace CaseCoach.Core.Application;

/// <summary>
/// A typed email intent: who gets it and the domain facts it is about. Each kind is a record deriving from this;
/// the bot holds one <c>IMailComposer&lt;TMail&gt;</c> per kind that builds the template model (cards/email).
/// </summary>
public abstract record Email(Cause Cause, IReadOnlyList<EmailAddress> To, IReadOnlyList<EmailAddress> Cc)
{
    /// <summary>Files sent with it (a calendar invitation); none for most kinds.</summary>
    public virtual IReadOnlyList<EmailAttachment> Attachments => [];

    /// <summary>
    /// Who a reply reaches: the person responsible for the step the email is about, never the bot's mailbox
    /// (issue 12 item 3). Null only where nobody is (yet) responsible.
    /// </summary>
    public virtual EmailAddress? ReplyTo => null;
}

/// <summary>Port: send an email, written to the outbox in the caller's transaction. Nobody gets the same email twice.</summary>
public interface IMailer
{
    Task SendAsync<TMail>(TMail mail, CancellationToken cancellationToken) where TMail : Email;
}

using CaseCoach.Bot.Mail;
using CaseCoach.Cards.Mail;
using CaseCoach.Core.Application;
using CaseCoach.Core.Mail;
using CaseCoach.Core.Outbox;

namespace CaseCoach.Bot.Outbound;

/// <summary>
/// The typed mailer (port <see cref="IMailer"/>): each email kind's <see cref="IMailComposer{TMail}"/> builds its
/// template model, the template renders it, and one outbox row of kind "email" is written in the caller's transaction.
/// </summary>
public sealed class Mailer(IServiceProvider services, IEmailTemplateRenderer templates, OutboxWriter outbox) : IMailer
{
    public async Task SendAsync<TMail>(TMail mail, CancellationToken cancellationToken) where TMail : Email
    {
        ArgumentNullException.ThrowIfNull(mail);
        var composer = services.GetRequiredService<IMailComposer<TMail>>();
        var rendered = await composer.RenderAsync(mail, templates, cancellationToken);
        Enqueue(mail.Cause, mail.To, mail.Cc, rendered, mail.Attachments.Count > 0 ? mail.Attachments : null, mail.ReplyTo);
    }

    /// <summary>
    /// For callers that render their own email (until they move onto composers). Nobody gets the same email twice:
    /// a copy to someone already addressed is dropped.
    /// </summary>
    public void Enqueue(Cause cause, IReadOnlyList<EmailAddress> to, IEnumerable<EmailAddress> cc, RenderedEmail rendered,
        IReadOnlyList<EmailAttachment>? attachments = null, EmailAddress? replyTo = null)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        var recipients = to.Select(a => a.Address).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var copies = cc.Where(a => recipients.Add(a.Address)).ToList();
        var key = OutboxKeys.ForEmail(cause, to.Select(a => a.Address));
        outbox.Enqueue(EmailOutboxDeliverer.EmailKind, key,
            new EmailMessage(key, to, copies, rendered.Subject, rendered.Html, rendered.Text, attachments, replyTo));
    }
}

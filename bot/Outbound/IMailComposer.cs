using CaseCoach.Cards.Mail;
using CaseCoach.Core.Application;

namespace CaseCoach.Bot.Outbound;

/// <summary>Turns one kind of email intent from core into its rendered email. A plugin registers one per kind it sends.</summary>
public interface IMailComposer<in TMail> where TMail : Email
{
    Task<RenderedEmail> RenderAsync(TMail mail, IEmailTemplateRenderer templates, CancellationToken cancellationToken);
}

/// <summary>The usual composer: map the intent to the kind's typed template model (cards/Mail, cards/&lt;Area&gt;).</summary>
public abstract class MailComposer<TMail, TModel> : IMailComposer<TMail> where TMail : Email where TModel : IMailModel
{
    protected abstract TModel Compose(TMail mail);

    public Task<RenderedEmail> RenderAsync(TMail mail, IEmailTemplateRenderer templates, CancellationToken cancellationToken) =>
        templates.RenderAsync(Compose(mail), cancellationToken);
}

using CaseCoach.Cards.Mail;
using CaseCoach.Core.Application;

namespace CaseCoach.Bot.Outbound;

/// <summary>A composer that is only the mapping from an email intent to its template model (the mapping lives in cards/).</summary>
internal sealed class ModelMailComposer<TMail, TModel>(Func<TMail, TModel> compose) : MailComposer<TMail, TModel>
    where TMail : Email where TModel : IMailModel
{
    protected override TModel Compose(TMail mail) => compose(mail);
}

public static class MailModelRegistration
{
    /// <summary>Registers how one kind of email intent becomes its typed template model, e.g. <c>(sp, mail) => views.Of(mail)</c>.</summary>
    public static IServiceCollection AddMailModel<TMail, TModel>(this IServiceCollection services, Func<IServiceProvider, TMail, TModel> compose)
        where TMail : Email where TModel : IMailModel =>
        services.AddSingleton<IMailComposer<TMail>>(sp => new ModelMailComposer<TMail, TModel>(mail => compose(sp, mail)));
}

/// <summary>A calendar email: a subject and a plain sentence, the .ics attached by the mail itself.</summary>
internal sealed class CalendarMailComposer<TMail>(Func<TMail, (string Subject, string Text)> compose) : IMailComposer<TMail> where TMail : Email
{
    public Task<RenderedEmail> RenderAsync(TMail mail, IEmailTemplateRenderer templates, CancellationToken cancellationToken)
    {
        var (subject, text) = compose(mail);
        return Task.FromResult(new RenderedEmail(subject, $"<p>{System.Net.WebUtility.HtmlEncode(text)}</p>", text));
    }
}

public static class CalendarMailRegistration
{
    /// <summary>Registers the subject and sentence of one kind of calendar email.</summary>
    public static IServiceCollection AddCalendarMail<TMail>(this IServiceCollection services, Func<IServiceProvider, TMail, (string Subject, string Text)> compose)
        where TMail : Email =>
        services.AddSingleton<IMailComposer<TMail>>(sp => new CalendarMailComposer<TMail>(mail => compose(sp, mail)));
}

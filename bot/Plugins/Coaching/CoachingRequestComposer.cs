using CaseCoach.Bot.Outbound;
using CaseCoach.Cards.Coaching;
using CaseCoach.Cards.Mail;
using CaseCoach.Core.Coaching;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>
/// R14: the request email. Outlook shows the poll card (an <see cref="ActionableEmail"/>); other clients show the HTML body.
/// </summary>
public sealed class CoachingRequestComposer(CoachingCards cards, IOptions<CoachingOptions> options) : IMailComposer<CoachingRequestMail>
{
    public async Task<RenderedEmail> RenderAsync(CoachingRequestMail mail, IEmailTemplateRenderer templates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(templates);
        var rendered = await templates.RenderAsync(CoachingPollView.Email(mail.View, options.Value.SessionMinutes), cancellationToken);
        return rendered.WithCard(cards.Poll(mail.View));
    }
}

using CaseCoach.Bot.Outbound;
using CaseCoach.Cards.ActionItems;
using CaseCoach.Cards.Mail;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// R17: the action-items email. Outlook shows the checklist card (an <see cref="ActionableEmail"/>: the caseworker's
/// view, which the card's refresh turns into each opener's own); other clients show the HTML table of the items.
/// </summary>
public sealed class ActionItemsEmailComposer(ActionItemEmailViews views, ActionItemCards cards) : IMailComposer<ActionItemsMail>
{
    public async Task<RenderedEmail> RenderAsync(ActionItemsMail mail, IEmailTemplateRenderer templates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(templates);
        var rendered = await templates.RenderAsync(views.Of(mail), cancellationToken);
        return rendered.WithCard(cards.Render(new ChecklistCopy(mail.Checklist.Caseworker, mail.Checklist, mail.Clock)));
    }
}

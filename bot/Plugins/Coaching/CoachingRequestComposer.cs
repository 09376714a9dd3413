using System.Text.Json;
using CaseCoach.Bot.Outbound;
using CaseCoach.Cards.Coaching;
using CaseCoach.Cards.Mail;
using CaseCoach.Core.Coaching;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>
/// R14: the request email. Outlook shows the poll card (an actionable message, bot-protocol 5.2: the card in a
/// script in the head; JSON escapes '&lt;', so the card cannot close the script); other clients show the HTML body.
/// </summary>
public sealed class CoachingRequestComposer(CoachingCards cards, IOptions<CoachingOptions> options) : IMailComposer<CoachingRequestMail>
{
    public async Task<RenderedEmail> RenderAsync(CoachingRequestMail mail, IEmailTemplateRenderer templates, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        ArgumentNullException.ThrowIfNull(templates);
        var rendered = await templates.RenderAsync(CoachingPollView.Email(mail.View, options.Value.SessionMinutes), cancellationToken);
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">" +
            $"<script type=\"application/adaptivecard+json\">{JsonSerializer.Serialize(cards.Poll(mail.View))}</script></head><body>{rendered.Html}</body></html>";
        return rendered with { Html = html };
    }
}

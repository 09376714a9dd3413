using System.Text.Json;
using CaseCoach.Cards.Mail;

namespace CaseCoach.Bot.Outbound;

/// <summary>
/// An Outlook actionable message (bot-protocol 5.2): the Adaptive Card in a script in the head, the rendered HTML as
/// the body that other clients show. JSON escapes '&lt;', so the card cannot close the script. The card must carry
/// its originator and declare version 1.4 at most; its Action.Execute verbs come back through the Outlook channel.
/// </summary>
public static class ActionableEmail
{
    public static RenderedEmail WithCard(this RenderedEmail rendered, JsonElement card)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">" +
            $"<script type=\"application/adaptivecard+json\">{JsonSerializer.Serialize(card)}</script></head><body>{rendered.Html}</body></html>";
        return rendered with { Html = html };
    }
}

using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;

namespace CaseCoach.Bot.Outbound;

/// <summary>
/// The one way the bot puts a card in a message. A card goes alone in its activity (text plus attachment is split by
/// Teams and loses the id), and the activity's <c>summary</c> is the card's own <c>fallbackText</c> (a template in
/// cards/, never naming the case or family): it is what the notification, the lock screen and the chat list show,
/// instead of "sent a card".
/// </summary>
public static class CardActivity
{
    public static Activity For(JsonElement card) => new()
    {
        Type = "message",
        Summary = FallbackText(card),
        Attachments = [Attachment.AdaptiveCard(card)],
    };

    public static string? FallbackText(JsonElement card) =>
        card.ValueKind == JsonValueKind.Object && card.TryGetProperty("fallbackText", out var text)
            && text.ValueKind == JsonValueKind.String && text.GetString() is { Length: > 0 } value
            ? value.Trim()
            : null;
}

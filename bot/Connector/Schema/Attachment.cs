using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseCoach.Bot.Connector.Schema;

public sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonElement? Content { get; set; }
    public string? Name { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public static Attachment AdaptiveCard(JsonElement card) => new() { ContentType = AdaptiveCardContentType, Content = card };
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseCoach.Bot.Connector.Schema;

/// <summary>
/// A Bot Framework activity. Only the fields the bot reads or writes are typed; every other
/// field is kept in <see cref="Properties"/> so it round-trips (activity spec A2005).
/// Strings, not enums, so an unknown type or role never fails deserialisation.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? Text { get; set; }

    /// <summary>What a notification, the chat list and a client that cannot draw the card show for a card message.</summary>
    public string? Summary { get; set; }
    public string? Locale { get; set; }
    public string? ReplyToId { get; set; }
    public string? Name { get; set; }
    public string? Action { get; set; }
    public JsonElement? Value { get; set; }
    public JsonElement? ChannelData { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<Entity>? Entities { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Teams puts the tenant in conversation.tenantId, older payloads only in channelData.tenant.id.</summary>
    [JsonIgnore]
    public string? TenantId =>
        Conversation?.TenantId is { Length: > 0 } tid ? tid
        : ChannelData is { ValueKind: JsonValueKind.Object } cd
          && cd.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
          && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseCoach.Bot.Connector.Schema;

/// <summary>A user or bot in a conversation. Teams user ids are "29:…", bot ids "28:&lt;appId&gt;".</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    /// <summary>The stable Entra object id; the only identity the bot trusts for people.</summary>
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

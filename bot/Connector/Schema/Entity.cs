using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseCoach.Bot.Connector.Schema;

/// <summary>An entity of an activity (mention, clientInfo, …). Unknown types are kept and ignored.</summary>
public sealed class Entity
{
    public string? Type { get; set; }
    public ChannelAccount? Mentioned { get; set; }
    public string? Text { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

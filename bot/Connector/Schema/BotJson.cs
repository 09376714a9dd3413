using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseCoach.Bot.Connector.Schema;

/// <summary>The Connector's JSON conventions: camelCase, nulls omitted, case-insensitive reading.</summary>
public static class BotJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;

namespace CaseCoach.Bot.Turns;

/// <summary>
/// An adaptiveCard/action invoke. <see cref="Data"/> is the action's data merged with the card's
/// inputs: it names things (ids) and carries input values, never who the user is.
/// </summary>
public sealed class CardActionTurn(Activity activity, string verb, JsonElement data) : TurnContext(activity)
{
    public string Verb { get; } = verb;

    public JsonElement Data { get; } = data;

    /// <summary>A string field of the action data, or null when absent or not a string.</summary>
    public string? DataString(string name) =>
        Data.ValueKind == JsonValueKind.Object && Data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>
    /// The action data as the verb's typed record (camelCase names). Data that does not fit the record (a number where
    /// a string belongs, forged shapes) gives null, so the handler refuses it as it would a missing id.
    /// </summary>
    public TData? DataAs<TData>() where TData : class
    {
        try
        {
            return Data.Deserialize<TData>(VerbDataJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static readonly JsonSerializerOptions VerbDataJson = new(JsonSerializerDefaults.Web);
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// A checklist button's data: the item's id, plus the row's inputs, which the card names after the item
/// (barrier-{id}, sendBackReason-{id}, newDueDate-{id}). Re-authorised by the use case.
/// </summary>
public sealed record ActionItemData(string? ActionItemId)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement> Inputs { get; init; } = [];

    public Guid? ItemId => Guid.TryParse(ActionItemId, out var id) ? id : null;

    public string? Input(string name) =>
        Inputs.TryGetValue($"{name}-{ActionItemId}", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Input.Date sends yyyy-MM-dd.</summary>
    public DateOnly? DateInput(string name) =>
        DateOnly.TryParseExact(Input(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

using System.Text.Json;
using System.Text.Json.Serialization;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>`review.start`: the review's key, as the card carries it. Re-authorised by the use case.</summary>
public sealed record ReviewRef(string? ReviewId);

/// <summary>`review.saveDraft` and `review.submit`: the key plus the survey's inputs (answer-{id}, comment-{id}, …).</summary>
public sealed record SurveyForm(string? ReviewId)
{
    /// <summary>Bounded by the invoke's body limit; only string values are inputs, the rest is ignored.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement> Inputs { get; init; } = [];

    public SurveyInputs ToInputs() => new(Inputs.Where(i => i.Value.ValueKind == JsonValueKind.String)
        .ToDictionary(i => i.Key, i => i.Value.GetString() ?? "", StringComparer.Ordinal));
}

/// <summary>`review.confirmDecision` (R8): the QA supervisor's two toggles.</summary>
public sealed record DecisionForm(
    string? ReviewId,
    [property: JsonConverter(typeof(CardFlagConverter))] bool NotEnoughInformation,
    [property: JsonConverter(typeof(CardFlagConverter))] bool SafetyConcern);

using System.Text.Json.Nodes;
using NJsonSchema;

namespace CaseCoach.Tests.Manifest;

/// <summary>
/// The official Teams manifest schema (Schema/SOURCE.md), loaded into NJsonSchema. NJsonSchema validates
/// draft-04 but does not implement the later `const` keyword the schema uses for manifestVersion, so each
/// `const: X` is rewritten to the equivalent `enum: [X]` before loading; nothing else is changed.
/// </summary>
internal static class TeamsManifestSchema
{
    public const string Version = "1.30";

    public static string FilePath { get; } =
        Path.Combine(AppContext.BaseDirectory, "Manifest", "Schema", $"MicrosoftTeams.v{Version}.schema.json");

    private static readonly Lazy<Task<JsonSchema>> Schema = new(LoadAsync);

    public static async Task<IReadOnlyList<string>> ValidateAsync(string manifestJson)
    {
        var schema = await Schema.Value;
        return [.. schema.Validate(manifestJson).Select(error => error.ToString())];
    }

    private static async Task<JsonSchema> LoadAsync()
    {
        var document = JsonNode.Parse(await File.ReadAllTextAsync(FilePath))!;
        RewriteConst(document);
        return await JsonSchema.FromJsonAsync(document.ToJsonString());
    }

    private static void RewriteConst(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["const"] is { } constant && obj["enum"] is null)
                {
                    obj.Remove("const");
                    obj["enum"] = new JsonArray(constant.DeepClone());
                }
                foreach (var (_, child) in obj.ToList())
                    RewriteConst(child);
                break;
            case JsonArray array:
                foreach (var child in array)
                    RewriteConst(child);
                break;
        }
    }
}

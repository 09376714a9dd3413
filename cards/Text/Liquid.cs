using System.Text.Json;
using Fluid;

namespace CaseCoach.Cards.Text;

/// <summary>What the email and text renderers share: one parser, and models passed as camelCase JSON.</summary>
internal static class Liquid
{
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = new();

    public static IFluidTemplate Parse(string file, string source) =>
        Parser.TryParse(source, out var template, out var error)
            ? template
            : throw new InvalidOperationException($"Template {file} does not parse: {error}");

    /// <summary>The model as the template sees it: exactly the shape of the NAME.model.json sample beside it.</summary>
    public static TemplateContext Context(object model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var data = model is JsonElement element ? element : JsonSerializer.SerializeToElement(model, model.GetType(), CardRenderer.ViewModelJson);
        if (data.ValueKind != JsonValueKind.Object)
            throw new ArgumentException($"A template model must serialise to a JSON object (a record or a JsonElement object), not {data.ValueKind}.", nameof(model));
        return new TemplateContext(ToLiquid(data), Options);
    }

    /// <summary>JSON to dictionaries and lists, which Fluid reads without registering member access per type.</summary>
    private static object? ToLiquid(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToLiquid(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(ToLiquid).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}

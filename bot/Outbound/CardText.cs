using System.Text.Json;

namespace CaseCoach.Bot.Outbound;

/// <summary>
/// The readable lines of a bound Adaptive Card (text blocks, rich text, facts), in order, for its email twin. Inputs
/// and actions are left out: an email cannot carry them, and the twin's template says where to act.
/// </summary>
public static class CardText
{
    public static IReadOnlyList<string> Lines(JsonElement card)
    {
        var lines = new List<string>();
        Walk(card, lines);
        return lines;
    }

    /// <summary>A chat text's paragraphs, Markdown emphasis dropped.</summary>
    public static IReadOnlyList<string> Lines(string text) =>
        (text ?? "").Replace("**", "", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd('\r').Trim())
            .Where(l => l.Length > 0).ToList();

    private static void Walk(JsonElement element, List<string> lines)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in element.EnumerateArray()) Walk(child, lines);
            return;
        }

        if (element.ValueKind != JsonValueKind.Object) return;
        var type = element.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (type is not null && type.StartsWith("Input.", StringComparison.Ordinal)) return;
        switch (type)
        {
            case "TextBlock" when element.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String:
                lines.AddRange(Lines(text.GetString()!));
                return;
            case "RichTextBlock" when element.TryGetProperty("inlines", out var inlines):
                lines.Add(string.Concat(inlines.EnumerateArray().Select(i => i.ValueKind == JsonValueKind.String ? i.GetString()
                    : i.TryGetProperty("text", out var it) ? it.GetString() : "")).Trim());
                return;
            case "FactSet" when element.TryGetProperty("facts", out var facts):
                lines.AddRange(facts.EnumerateArray().Select(f => $"{f.GetProperty("title").GetString()} {f.GetProperty("value").GetString()}".Trim()));
                return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Name is "actions" or "selectAction" or "refresh" or "msteams" or "fallback") continue;
            Walk(property.Value, lines);
        }
    }
}

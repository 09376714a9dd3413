using Xunit;
using System.Text.Json;

namespace CaseCoach.Tests.Cards;

/// <summary>Deep JSON equality as JavaScript sees it: property order ignored, numbers compared as doubles.</summary>
internal static class JsonAssert
{
    public static void Equal(JsonElement expected, JsonElement actual, string context)
    {
        var difference = FindDifference(expected, actual, "$");
        Assert.True(difference is null, $"{context}: {difference}\nexpected: {expected.GetRawText()}\nactual:   {actual.GetRawText()}");
    }

    private static string? FindDifference(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind && !(IsBool(expected) && IsBool(actual)))
            return $"{path}: expected {expected.ValueKind} {Short(expected)}, got {actual.ValueKind} {Short(actual)}";
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var actualNames = actual.EnumerateObject().Select(p => p.Name).ToHashSet();
                foreach (var property in expected.EnumerateObject())
                {
                    if (!actual.TryGetProperty(property.Name, out var other)) return $"{path}.{property.Name}: missing";
                    actualNames.Remove(property.Name);
                    var inner = FindDifference(property.Value, other, $"{path}.{property.Name}");
                    if (inner is not null) return inner;
                }
                return actualNames.Count == 0 ? null : $"{path}: unexpected {string.Join(", ", actualNames)}";
            case JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                    return $"{path}: expected {expected.GetArrayLength()} items, got {actual.GetArrayLength()}";
                for (var i = 0; i < expected.GetArrayLength(); i++)
                {
                    var inner = FindDifference(expected[i], actual[i], $"{path}[{i}]");
                    if (inner is not null) return inner;
                }
                return null;
            case JsonValueKind.Number:
                return expected.GetDouble().Equals(actual.GetDouble()) ? null : $"{path}: expected {expected} got {actual}";
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? null : $"{path}: expected \"{expected}\" got \"{actual}\"";
            default:
                return expected.ValueKind == actual.ValueKind ? null : $"{path}: expected {expected.ValueKind} got {actual.ValueKind}";
        }
    }

    private static bool IsBool(JsonElement e) => e.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static string Short(JsonElement e) => e.GetRawText() is { Length: > 80 } t ? t[..80] + "…" : e.GetRawText();
}

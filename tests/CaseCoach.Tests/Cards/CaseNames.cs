using System.Text.Json;

namespace CaseCoach.Tests.Cards;

/// <summary>The case (family) names a sample holds: every string value of a property called caseName, at any depth.</summary>
public static class CaseNames
{
    public static IReadOnlyList<string> In(JsonElement sample)
    {
        var names = new List<string>();
        Collect(sample, names);
        return names.Distinct().ToList();
    }

    private static void Collect(JsonElement node, List<string> names)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in node.EnumerateObject())
                {
                    if (property.Name.Equals("caseName", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String
                        && property.Value.GetString() is { Length: > 0 } name)
                        names.Add(name);
                    Collect(property.Value, names);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in node.EnumerateArray()) Collect(item, names);
                break;
        }
    }
}

using CaseCoach.Cards;

namespace CaseCoach.Tests.Cards;

/// <summary>
/// A template with its data: every product card with its sample data, every corpus pair, and every case of the
/// expression corpus (Cards/expressions/FAMILY.json: one data object and named cases, each bound as {"value": case}).
/// </summary>
internal sealed record ConformanceCase(string Name, string Template, string Data)
{
    public static IReadOnlyList<ConformanceCase> All { get; } = Load();

    private static List<ConformanceCase> Load()
    {
        var cases = new List<ConformanceCase>();
        var catalog = CardCatalog.LoadEmbedded();
        foreach (var name in catalog.Names.Order())
            cases.Add(new($"card:{name}", catalog.TemplateSources[name], catalog.SampleData(name) ?? "{}"));
        foreach (var template in Directory.GetFiles(RepoPaths.Corpus, "*.template.json").Order())
        {
            var name = Path.GetFileName(template)[..^".template.json".Length];
            cases.Add(new($"corpus:{name}", File.ReadAllText(template), File.ReadAllText(Path.Combine(RepoPaths.Corpus, name + ".data.json"))));
        }
        foreach (var family in Directory.GetFiles(RepoPaths.Expressions, "*.json").Order())
            cases.AddRange(ExpressionCases(family));
        return cases;
    }

    private static IEnumerable<ConformanceCase> ExpressionCases(string file)
    {
        using var family = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
        var data = family.RootElement.GetProperty("data").GetRawText();
        var prefix = "expr:" + Path.GetFileNameWithoutExtension(file) + "/";
        foreach (var testCase in family.RootElement.GetProperty("cases").EnumerateObject())
            yield return new(prefix + testCase.Name, $"{{\"value\": {testCase.Value.GetRawText()}}}", data);
    }
}

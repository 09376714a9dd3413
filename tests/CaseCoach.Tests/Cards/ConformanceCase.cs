using CaseCoach.Cards;

namespace CaseCoach.Tests.Cards;

/// <summary>A template with its data: every product card with its sample data, and every corpus pair.</summary>
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
        return cases;
    }
}

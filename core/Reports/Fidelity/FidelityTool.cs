using System.Text.Json;

namespace CaseCoach.Core.Reports.Fidelity;

public sealed record FidelitySection(string Key, string Title, int Max);

public sealed record FidelityBox(string Id, string Text, string? Prefill = null, string? NotApplicableWhen = null);

public sealed record FidelityLevel(int Score, IReadOnlyList<FidelityBox> Boxes);

/// <summary>"checklist": all boxes = 5, some = 1, none = 0. "levels": a level counts only when all its boxes hold, otherwise the next lower score.</summary>
public sealed record FidelityItem(int Number, string Section, string Title, string Scoring, IReadOnlyList<FidelityLevel> Levels, string? NotApplicableWhen = null)
{
    public bool IsChecklist => Scoring == "checklist";

    public IEnumerable<FidelityBox> Boxes => Levels.SelectMany(l => l.Boxes);
}

/// <summary>
/// R24: the Sustainable Permanency Fidelity Assessment (seed 000) as data, like the review instruments. The seed's
/// scoring table gives the initial coaching section 15 points (three items of 5) where its heading says 20; 15 is
/// what its items add up to, so that is the maximum here.
/// </summary>
public sealed record FidelityTool(string Key, string Name, string Source, IReadOnlyList<FidelitySection> Sections, IReadOnlyList<FidelityItem> Items)
{
    public int Max => Sections.Sum(s => s.Max);

    public static FidelityTool LoadEmbedded()
    {
        using var stream = typeof(FidelityTool).Assembly.GetManifestResourceStream("CaseCoach.Core.Reports.Fidelity.sustainable-permanency-fidelity.json")
            ?? throw new InvalidOperationException("The fidelity assessment definition is not embedded in CaseCoach.Core.");
        var tool = JsonSerializer.Deserialize<FidelityTool>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("The fidelity assessment definition is empty.");
        var sections = tool.Sections.Select(s => s.Key).ToHashSet();
        foreach (var item in tool.Items)
        {
            if (!sections.Contains(item.Section) || item.Levels.Count == 0 || item.Scoring is not ("checklist" or "levels"))
                throw new InvalidOperationException($"Fidelity item {item.Number} names an unknown section or scoring, or has no levels.");
            if (item.Levels.Any(l => l.Score is < 2 or > 5))
                throw new InvalidOperationException($"Fidelity item {item.Number}: levels score 2 to 5 (1 is the floor).");
        }
        return tool;
    }
}

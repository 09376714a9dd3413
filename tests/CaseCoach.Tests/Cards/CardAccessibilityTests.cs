using System.Text.Json;
using System.Text.RegularExpressions;
using CaseCoach.Cards;

namespace CaseCoach.Tests.Cards;

/// <summary>
/// What a screen reader and a person with low vision need from every card: each input its own label, a fallback text
/// on every card (what a notification or a client that cannot draw the card shows), and text
/// contrast of WCAG AA (4.5:1, 3:1 for large text) for every colour and container style a template can pick, under
/// Teams' host config and, for the cards that are emailed, Outlook's. Declared versions against the features used are
/// checked by the official renderer (RendererTests parses each card for the version it declares).
/// </summary>
public sealed partial class CardAccessibilityTests
{
    /// <summary>Emailed as Outlook actionable messages as well as posted in Teams.</summary>
    private static readonly string[] EmailedCards = ["coaching-poll", "action-items"];

    private static readonly CardCatalog Catalog = CardCatalog.LoadEmbedded();

    public static TheoryData<string> Cards => [.. Catalog.Names.Order()];

    public static TheoryData<string, string> CardsAndHosts =>
    [
        .. Catalog.Names.Order().Select(name => (name, HostPalette.TeamsLight.Name)),
        .. EmailedCards.Select(name => (name, HostPalette.OutlookDesktop.Name)),
    ];

    [Theory]
    [MemberData(nameof(Cards))]
    public void Every_input_has_its_own_label(string name)
    {
        var inputs = Walk(Bound(name)).Where(e => e.TryGetProperty("type", out var t) && t.GetString()!.StartsWith("Input.")).ToList();

        var labels = inputs.Select(i => i.TryGetProperty("label", out var l) ? l.GetString() ?? "" : "").ToList();
        Assert.All(inputs.Zip(labels), pair => Assert.False(pair.Second.Trim().Length == 0, $"{name}: input {pair.First.GetProperty("id")} has no label"));
        var repeated = labels.GroupBy(l => l).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(repeated.Count == 0, $"{name}: several inputs are labelled {string.Join(", ", repeated.Select(l => $"\"{l}\""))}");
    }

    /// <summary>Every card, not only those sent on the bot's own: any card can end up in a client that cannot draw it, and
    /// the fallbackText is also the notification summary (lock screens), so it never names the case or family.</summary>
    [Theory]
    [MemberData(nameof(Cards))]
    public void Every_card_carries_a_fallback_text_that_never_names_the_case(string name)
    {
        var card = Bound(name);

        Assert.True(card.TryGetProperty("fallbackText", out var text) && text.GetString()!.Trim().Length > 20,
            $"{name} has no fallbackText saying what the card is about");
        Assert.All(CaseNames.In(JsonDocument.Parse(Catalog.SampleData(name)!).RootElement),
            caseName => Assert.DoesNotContain(caseName, text.GetString()!, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(CardsAndHosts))]
    public void Text_contrast_meets_WCAG_AA_for_every_colour_and_style_the_template_can_pick(string name, string host)
    {
        var palette = host == HostPalette.TeamsLight.Name ? HostPalette.TeamsLight : HostPalette.OutlookDesktop;
        using var template = JsonDocument.Parse(Catalog.TemplateSources[name]);
        var failures = new List<string>();

        CheckContrast(template.RootElement, Contrast.Over(palette.Backgrounds["default"], Contrast.White), "default", "$", palette, failures);

        Assert.True(failures.Count == 0, $"{name} under {palette}:\n" + string.Join("\n", failures.Distinct()));
    }

    private static void CheckContrast(JsonElement node, Contrast.Rgb background, string style, string path, HostPalette palette, List<string> failures)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in node.EnumerateArray()) CheckContrast(item, background, style, $"{path}[{i++}]", palette, failures);
            return;
        }
        if (node.ValueKind != JsonValueKind.Object) return;
        var type = Text(node, "type");
        var backgrounds = new List<(Contrast.Rgb, string)> { (background, style) };
        if (type is "Container" or "Column" or "ColumnSet" or "TableCell" && Text(node, "style") is { } styled)
            backgrounds = [.. Choices(styled, palette.Backgrounds.Keys).Select(s => (Contrast.Over(palette.Backgrounds[s], background), s))];

        foreach (var (under, underStyle) in backgrounds)
        {
            if (type is "TextBlock" or "TextRun") CheckText(node, under, underStyle, path, palette, failures);
            if (type is "FactSet") CheckText(default, under, underStyle, path, palette, failures);
            foreach (var property in node.EnumerateObject())
                CheckContrast(property.Value, under, underStyle, $"{path}.{property.Name}", palette, failures);
        }
    }

    private static void CheckText(JsonElement text, Contrast.Rgb background, string style, string path, HostPalette palette, List<string> failures)
    {
        var colours = Choices(Text(text, "color") ?? "default", palette.Foregrounds.Keys);
        var subtle = text.ValueKind == JsonValueKind.Object && text.TryGetProperty("isSubtle", out var s)
            ? s.ValueKind switch { JsonValueKind.True => [true], JsonValueKind.False => [false], _ => new[] { false, true } }
            : [false];
        var size = palette.FontSizes[(Text(text, "size") ?? "default").ToLowerInvariant()];
        var bold = string.Equals(Text(text, "weight"), "bolder", StringComparison.OrdinalIgnoreCase);
        var needed = size >= 24 || (bold && size >= 18.66) ? 3.0 : 4.5; // WCAG "large text": 18 pt, or 14 pt bold
        foreach (var colour in colours)
            foreach (var isSubtle in subtle)
            {
                var (plain, faint) = palette.Foregrounds[colour];
                var ratio = Contrast.Ratio(Contrast.Over(isSubtle ? faint : plain, background), background);
                if (ratio < needed)
                    failures.Add($"{path}: {colour}{(isSubtle ? " subtle" : "")} text in a {style} container is {ratio:F1}:1, needs {needed}:1");
            }
    }

    /// <summary>
    /// A literal value, or every quoted literal a templated one can take (`${if(answer == 'no', 'Attention', 'Default')}`)
    /// that names a colour or style (so 'no' is not taken for one).
    /// </summary>
    private static IEnumerable<string> Choices(string value, IEnumerable<string> names) =>
        (value.Contains("${") ? Quoted().Matches(value).Select(m => m.Groups[1].Value) : [value])
            .Select(v => v.ToLowerInvariant()).Where(names.Contains).DefaultIfEmpty("default").Distinct();

    private static string? Text(JsonElement node, string name) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement Bound(string name) =>
        Catalog.Get(name).Expand(JsonDocument.Parse(Catalog.SampleData(name)!).RootElement);

    private static IEnumerable<JsonElement> Walk(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object) yield return node;
        var children = node.ValueKind switch
        {
            JsonValueKind.Object => node.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => node.EnumerateArray(),
            _ => [],
        };
        foreach (var descendant in children.SelectMany(Walk)) yield return descendant;
    }

    [GeneratedRegex("'([A-Za-z]+)'")]
    private static partial Regex Quoted();
}

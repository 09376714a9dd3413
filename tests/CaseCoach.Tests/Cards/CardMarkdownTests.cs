using System.Text.Json;
using System.Text.RegularExpressions;
using CaseCoach.Cards;

namespace CaseCoach.Tests.Cards;

/// <summary>
/// Issue 16: Teams reads a TextBlock as Markdown, so a question heading "1. Does the current case manager..." became a
/// numbered list, indented and cut at the right edge at Teams width (review survey, summary, debrief). Numbered text
/// goes in a TextRun (never Markdown), so no bound TextBlock or fact may start a line with a list number.
/// </summary>
public sealed partial class CardMarkdownTests
{
    private static readonly CardCatalog Catalog = CardCatalog.LoadEmbedded();

    public static TheoryData<string> Cards => [.. Catalog.Names.Order()];

    [Theory]
    [MemberData(nameof(Cards))]
    public void No_text_block_starts_a_line_with_a_Markdown_list_number(string name)
    {
        var card = Catalog.Get(name).Expand(JsonDocument.Parse(Catalog.SampleData(name)!).RootElement);

        var lists = Markdown(card).Where(t => OrderedListItem().IsMatch(t)).ToList();

        Assert.True(lists.Count == 0, $"{name}: Teams would render these as numbered lists:\n{string.Join("\n", lists)}");
    }

    [Fact]
    public void The_old_question_heading_is_caught()
    {
        Assert.Matches(OrderedListItem(), "1. Does the current case manager demonstrate an understanding of the family?");
        Assert.Matches(OrderedListItem(), "Intro\n12) Another");
        Assert.DoesNotMatch(OrderedListItem(), "Question 1. Does it?");
    }

    /// <summary>The texts a host runs through Markdown: TextBlock text and FactSet values (not TextRuns, labels or titles).</summary>
    private static IEnumerable<string> Markdown(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray().SelectMany(Markdown)) yield return item;
            yield break;
        }
        if (node.ValueKind != JsonValueKind.Object) yield break;
        var type = node.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (type == "TextBlock" && node.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
            yield return text.GetString()!;
        if (type == "FactSet" && node.TryGetProperty("facts", out var facts))
            foreach (var fact in facts.EnumerateArray())
                if (fact.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String) yield return value.GetString()!;
        foreach (var property in node.EnumerateObject().Where(p => p.Name != "facts"))
            foreach (var inner in Markdown(property.Value)) yield return inner;
    }

    /// <summary>CommonMark's ordered list marker: up to three spaces, 1-9 digits, '.' or ')', then a space or the line's end.</summary>
    [GeneratedRegex(@"(?m)^ {0,3}\d{1,9}[.)]( |\t|$)")]
    private static partial Regex OrderedListItem();
}

using System.Text.Json;
using System.Text.RegularExpressions;
using CaseCoach.Cards;

namespace CaseCoach.Tests.Cards;

/// <summary>Rule codes (R1-R27) are for code and tests: no text a person reads on a card carries one (issue 16).</summary>
public sealed partial class CardWordingTests
{
    private static readonly CardCatalog Catalog = CardCatalog.LoadEmbedded();

    private static readonly HashSet<string> Readable = ["text", "label", "title", "placeholder", "fallbackText", "errorMessage", "value"];

    public static TheoryData<string> Cards => [.. Catalog.Names.Order()];

    [Theory]
    [MemberData(nameof(Cards))]
    public void No_text_a_person_reads_on_a_card_names_a_rule_code(string name)
    {
        var card = Catalog.Get(name).Expand(JsonDocument.Parse(Catalog.SampleData(name)!).RootElement);

        var coded = Strings(card).Where(s => RuleCode().IsMatch(s)).ToList();

        Assert.True(coded.Count == 0, $"{name}: {string.Join(" | ", coded)}");
    }

    private static IEnumerable<string> Strings(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object => node.EnumerateObject().SelectMany(p =>
            p.Value.ValueKind == JsonValueKind.String ? (Readable.Contains(p.Name) ? [p.Value.GetString()!] : []) : Strings(p.Value)),
        JsonValueKind.Array => node.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    [GeneratedRegex(@"\bR\d{1,2}\b")]
    private static partial Regex RuleCode();
}

using System.Text.Json;
using CaseCoach.Cards;
using CaseCoach.Cards.Reviews;
using CaseCoach.Cards.Templating;
using Xunit;

namespace CaseCoach.Tests.Cards;

public sealed class CardCatalogTests
{
    [Fact]
    public void Unsupported_function_fails_at_load_naming_template_and_json_path()
    {
        var files = new Dictionary<string, string> { ["broken.json"] = """{ "body": [ { "text": "ok" }, { "text": "${utcNow()}" } ] }""" };

        var error = Assert.Throws<TemplateValidationException>(() => new CardCatalog(files));

        Assert.Equal("broken", error.TemplateName);
        Assert.Equal("$.body[1].text", error.JsonPath);
        Assert.Contains("utcNow", error.Message);
    }

    [Theory]
    [InlineData("""{ "$data": [1, 2] }""", "$.$data")]
    [InlineData("""{ "$when": true }""", "$.$when")]
    [InlineData("""{ "a": { "b": "${utcNow()}" } }""", "$.a.b")]
    [InlineData("""{ "${name}": 1 }""", "$.${name}")]
    public void Unsupported_construct_fails_at_load_with_its_path(string template, string path)
    {
        var error = Assert.Throws<TemplateValidationException>(() => CardTemplate.Parse("t", template));
        Assert.Equal(path, error.JsonPath);
    }

    [Fact]
    public void Every_embedded_template_loads_and_has_sample_data_beside_it()
    {
        var catalog = CardCatalog.LoadEmbedded();

        Assert.Equal(["action-items", "coaching-poll", "coaching-record", "debrief", "delivery-stuck", "demo-people", "digest", "escalation", "help", "my-reviews", "review-queue", "review-summary", "review-survey", "welcome"], catalog.Names.Order());
        Assert.All(catalog.Names, name => Assert.NotNull(catalog.SampleData(name)));
    }

    [Theory]
    [InlineData("action-items", "1.4")]
    [InlineData("coaching-poll", "1.4")]
    [InlineData("review-survey", "1.5")]
    [InlineData("debrief", "1.5")]
    [InlineData("welcome", "1.5")]
    public void Outlook_cards_target_schema_1_4_and_Teams_only_cards_1_5(string name, string version)
    {
        using var template = JsonDocument.Parse(CardCatalog.LoadEmbedded().TemplateSources[name]);
        Assert.Equal(version, template.RootElement.GetProperty("version").GetString());
    }

    [Fact]
    public void A_comment_holding_template_syntax_stays_literal_text()
    {
        var renderer = new CardRenderer(CardCatalog.LoadEmbedded());
        var question = new ReviewSurveyQuestion("q1", 1, "Question?", [], false, "no", "See ${$root.reviewId} and {{DATE(x)}}", "", "",
            HasPrevious: true, PreviousAnswer: "No", PreviousComment: "Then ${$root.caseName} {{DATE(y)}}");
        var why = new ReviewListItem("rv-1", "Case", "C-1", "Instrument", DateTimeOffset.UnixEpoch, false, false, "0.9");
        var card = new ReviewSurveyCard("rv-1", "Instrument", "Case", "C-1", "Dana", DateTimeOffset.UnixEpoch, "", [question], "", "", why,
            HasPrevious: true, PreviousCompletedOn: DateTimeOffset.UnixEpoch, PreviousReviewerName: "Sam");

        var bound = renderer.Render(card);

        var comment = FindInput(bound, "comment-q1");
        Assert.Equal("See ${$root.reviewId} and {{DATE(x)}}", comment.GetProperty("value").GetString());
        Assert.Contains("Then ${$root.caseName} {{DATE(y)}}", CaseCoach.Tests.Reviews.Survey.Texts(bound));
        Assert.Equal("no", FindInput(bound, "answer-q1").GetProperty("value").GetString());
    }

    private static JsonElement FindInput(JsonElement card, string id) =>
        FindInputOrDefault(card, id) ?? throw new KeyNotFoundException(id);

    private static JsonElement? FindInputOrDefault(JsonElement node, string id)
    {
        if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty("id", out var found) && found.GetString() == id) return node;
        var children = node.ValueKind switch
        {
            JsonValueKind.Object => node.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => node.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children)
            if (FindInputOrDefault(child, id) is { } match) return match;
        return null;
    }
}

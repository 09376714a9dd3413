using System.Text.Json;
using CaseCoach.Cards;
using Xunit;

namespace CaseCoach.Tests.Cards;

/// <summary>
/// Every card as the bot binds it (C# binder, sample data), rendered once in the official adaptivecards renderer in
/// headless Debian Chromium: one node process for the whole class.
/// </summary>
public sealed class RenderedCards : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    public Dictionary<string, JsonElement> Results { get; } = [];

    public Dictionary<string, JsonElement> SampleData { get; } = [];

    public async ValueTask InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"Debian chromium is missing: run `apt-get install -y chromium` ({Chromium}).");
        var catalog = CardCatalog.LoadEmbedded();
        var cards = new List<object>();
        foreach (var name in catalog.Names.Order())
        {
            var data = JsonDocument.Parse(catalog.SampleData(name)!).RootElement;
            SampleData[name] = data;
            cards.Add(new { name, card = catalog.Get(name).Expand(data) });
        }
        var results = await NodeHarness.RunAsync("render.js", new { outputDir = RepoPaths.TestOutput, cards }, TimeSpan.FromMinutes(3));
        foreach (var result in results.EnumerateArray()) Results[result.GetProperty("name").GetString()!] = result;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

public sealed class RendererTests(RenderedCards rendered) : IClassFixture<RenderedCards>
{
    public static TheoryData<string> Cards => [.. CardCatalog.LoadEmbedded().Names.Order()];

    [Theory]
    [MemberData(nameof(Cards))]
    public void Bound_card_parses_in_the_official_renderer_with_no_error_or_warning(string name)
    {
        var events = rendered.Results[name].GetProperty("events");
        Assert.True(events.GetArrayLength() == 0, $"{name}: {events}");
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void A_png_of_the_card_is_written_to_test_output(string name)
    {
        var png = rendered.Results[name].GetProperty("screenshot").GetString()!;
        Assert.True(new FileInfo(png).Length > 1000, $"{png} is missing or empty");
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void Clicking_each_Action_Execute_sends_a_verb_and_data_its_handler_accepts(string name)
    {
        var result = rendered.Results[name];
        var filled = result.GetProperty("filled");
        var clickedVerbs = new HashSet<string>();
        foreach (var execution in result.GetProperty("executions").EnumerateArray())
        {
            var received = Assert.Single(execution.GetProperty("received").EnumerateArray());
            var verb = received.GetProperty("verb").GetString()!;
            Assert.Equal(execution.GetProperty("clickedVerb").GetString(), verb);
            Assert.Contains(verb, CardContract.VerbsByCard[name]);
            clickedVerbs.Add(verb);

            var data = received.GetProperty("data");
            foreach (var key in CardContract.RequiredKeys(verb, data, rendered.SampleData[name]))
            {
                Assert.True(data.TryGetProperty(key, out var value), $"{name} {verb}: data lacks '{key}': {data}");
                Assert.False(string.IsNullOrEmpty(value.GetString()), $"{name} {verb}: '{key}' is empty");
                if (filled.TryGetProperty(key, out var typed)) Assert.Equal(typed.GetString(), value.GetString());
            }
        }
        Assert.Equal(CardContract.VerbsByCard[name].Order(), clickedVerbs.Order());
    }
}

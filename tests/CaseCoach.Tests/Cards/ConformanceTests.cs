using Xunit;
using System.Text.Json;
using CaseCoach.Cards.Templating;

namespace CaseCoach.Tests.Cards;

/// <summary>Binds every case once with the npm adaptivecards-templating package (one node process for the class).</summary>
public sealed class ReferenceBindings : IAsyncLifetime
{
    public JsonElement Results { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var requests = ConformanceCase.All.Select(c => new
        {
            template = JsonDocument.Parse(c.Template).RootElement,
            data = JsonDocument.Parse(c.Data).RootElement,
        });
        Results = await NodeHarness.RunAsync("bind.js", requests, TimeSpan.FromSeconds(60));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

public sealed class ConformanceTests(ReferenceBindings reference) : IClassFixture<ReferenceBindings>
{
    public static TheoryData<string> Cases => [.. ConformanceCase.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Binder_output_equals_the_npm_adaptivecards_templating_output(string name)
    {
        var index = ConformanceCase.All.ToList().FindIndex(c => c.Name == name);
        var testCase = ConformanceCase.All[index];
        var expected = reference.Results[index];
        using var data = JsonDocument.Parse(testCase.Data);

        if (expected.TryGetProperty("error", out var error))
        {
            // The official engine throws (at parse or at bind): the binder must refuse too, at load or at bind.
            var refused = Record.Exception(() => CardTemplate.Parse(name, testCase.Template).Expand(data.RootElement));
            Assert.True(refused is TemplateValidationException or CardBindingException,
                $"JS failed with: {error}; the binder gave {(refused is null ? "a card" : refused.GetType().Name + ": " + refused.Message)}");
            return;
        }
        var template = CardTemplate.Parse(name, testCase.Template);
        var actual = template.Expand(data.RootElement);
        JsonAssert.Equal(expected.GetProperty("card"), actual, name);
    }
}

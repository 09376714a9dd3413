using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CaseCoach.Cards;
using CaseCoach.Cards.Reviews;
using CaseCoach.Cards.Templating;

namespace CaseCoach.Benchmarks;

/// <summary>
/// Binding the largest card, review-survey (9 questions with considerations, inputs, errors) to its sample data.
/// Target on the 2-core machine: under 200 µs and under 100 KB allocated per bind.
/// Run: dotnet run -c Release --project tests/CaseCoach.Benchmarks -- --filter '*' --job short
/// </summary>
[MemoryDiagnoser]
public class BindReviewSurveyBenchmark
{
    private CardTemplate _template = null!;
    private JsonElement _data;
    private CardRenderer _renderer = null!;
    private ReviewSurveyCard _viewModel = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = CardCatalog.LoadEmbedded();
        _template = catalog.Get(ReviewSurveyCard.TemplateName);
        _data = JsonDocument.Parse(catalog.SampleData(ReviewSurveyCard.TemplateName)!).RootElement.Clone();
        _viewModel = _data.Deserialize<ReviewSurveyCard>(CardRenderer.ViewModelJson)!;
        _renderer = new CardRenderer(catalog);
    }

    /// <summary>The binder alone: template + JSON data to card JSON.</summary>
    [Benchmark(Baseline = true)]
    public JsonElement Bind() => _template.Expand(_data);

    /// <summary>What a plugin pays: typed view-model serialised, then bound.</summary>
    [Benchmark]
    public JsonElement RenderViewModel() => _renderer.Render(_viewModel);
}

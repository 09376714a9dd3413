using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CaseCoach.Cards;
using CaseCoach.Cards.Reviews;
using CaseCoach.Cards.Templating;

namespace CaseCoach.Benchmarks;

/// <summary>
/// Binding the largest card, review-survey (9 questions with considerations, inputs, errors) to its sample data.
/// Target (issue 14 item 6): at most 40 µs and 30 KB allocated per bind, measured by BindToWriter: the binder writing
/// the card's JSON into the writer that carries it. Bind adds ParseBoundCard, the parse into the JsonElement that
/// Expand(data) returns to the plugins (its copy of the card and JsonDocument's index alone are over 30 KB).
/// Run: dotnet run -c Release --project tests/CaseCoach.Benchmarks -- --filter '*Bind*' --job short --inProcess
/// </summary>
[MemoryDiagnoser]
public class BindReviewSurveyBenchmark
{
    private CardTemplate _template = null!;
    private JsonElement _data;
    private CardRenderer _renderer = null!;
    private ReviewSurveyCard _viewModel = null!;
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private Utf8JsonWriter _writer = null!;
    private byte[] _bound = [];

    [GlobalSetup]
    public void Setup()
    {
        var catalog = CardCatalog.LoadEmbedded();
        _template = catalog.Get(ReviewSurveyCard.TemplateName);
        _data = JsonDocument.Parse(catalog.SampleData(ReviewSurveyCard.TemplateName)!).RootElement.Clone();
        _viewModel = _data.Deserialize<ReviewSurveyCard>(CardRenderer.ViewModelJson)!;
        _renderer = new CardRenderer(catalog);
        _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _bound = JsonSerializer.SerializeToUtf8Bytes(_template.Expand(_data));
    }

    /// <summary>What the plugins get today: template + JSON data to a JsonElement (BindToWriter + ParseBoundCard).</summary>
    [Benchmark(Baseline = true)]
    public JsonElement Bind() => _template.Expand(_data);

    /// <summary>The headline: template + JSON data to card JSON bytes in a reused buffer (the binder alone).</summary>
    [Benchmark]
    public int BindToWriter()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        _template.Expand(_data, _writer);
        return _buffer.WrittenCount;
    }

    /// <summary>The other half: the bound card's bytes (about 19 KB) parsed into the JsonElement that Expand returns.</summary>
    [Benchmark]
    public JsonElement ParseBoundCard()
    {
        var reader = new Utf8JsonReader(_bound);
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>What a plugin pays: typed view-model serialised, then bound.</summary>
    [Benchmark]
    public JsonElement RenderViewModel() => _renderer.Render(_viewModel);
}

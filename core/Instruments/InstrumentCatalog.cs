using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseCoach.Core.Instruments;

/// <summary>
/// Every instrument definition (R4), loaded once and validated: a broken definition stops start-up with a
/// message naming the file, rather than a reviewer's survey.
/// </summary>
public sealed class InstrumentCatalog
{
    public const string SustainablePermanency = "sustainable-permanency";
    public const string RapidSafetyFeedback = "rapid-safety-feedback";
    private const string Prefix = "instruments/";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    private readonly Dictionary<string, Instrument> _instruments = new(StringComparer.Ordinal);

    public InstrumentCatalog(IEnumerable<KeyValuePair<string, string>> files)
    {
        foreach (var (fileName, json) in files)
        {
            var instrument = InstrumentDefinitionRules.Parse(fileName, json, Json);
            if (!_instruments.TryAdd(instrument.Key, instrument))
                throw new InvalidOperationException($"Instrument definition {fileName}: the key '{instrument.Key}' is used by another definition.");
        }
        if (_instruments.TryGetValue(SustainablePermanency, out var permanency) && permanency.Questions.Count != 9)
            throw new InvalidOperationException($"Instrument '{SustainablePermanency}' must have the 9 questions of the seed, not {permanency.Questions.Count}.");
    }

    /// <summary>The definitions embedded in CaseCoach.Core (core/Instruments/Definitions/*.json).</summary>
    public static InstrumentCatalog LoadEmbedded() => LoadEmbedded([]);

    /// <summary>The embedded definitions and then <paramref name="supplied"/> (file name, JSON) from Instruments:Folder.</summary>
    public static InstrumentCatalog LoadEmbedded(IEnumerable<KeyValuePair<string, string>> supplied)
    {
        var assembly = typeof(InstrumentCatalog).Assembly;
        var files = new List<KeyValuePair<string, string>>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(Prefix, StringComparison.Ordinal)).Order())
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            files.Add(new(resource[Prefix.Length..], reader.ReadToEnd()));
        }
        return new InstrumentCatalog(files.Concat(supplied));
    }

    public IReadOnlyCollection<string> Keys => _instruments.Keys;

    public Instrument? Find(string key) => _instruments.GetValueOrDefault(key);

    public Instrument Get(string key) =>
        Find(key) ?? throw new KeyNotFoundException($"No instrument '{key}'. Known: {string.Join(", ", _instruments.Keys.Order())}.");
}

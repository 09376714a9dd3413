using System.Reflection;
using CaseCoach.Cards.Templating;

namespace CaseCoach.Cards;

/// <summary>
/// Every card template, loaded from the assembly and validated once. Constructing it throws
/// <see cref="TemplateValidationException"/> (template name + JSON path) for anything outside the supported subset,
/// so a broken template stops start-up rather than a user's card.
/// </summary>
public sealed class CardCatalog
{
    private const string Prefix = "cards/";
    private const string SampleSuffix = ".data.json";
    private readonly Dictionary<string, CardTemplate> _templates;
    private readonly Dictionary<string, string> _samples;

    public CardCatalog(IEnumerable<KeyValuePair<string, string>> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        _templates = new(StringComparer.Ordinal);
        _samples = new(StringComparer.Ordinal);
        foreach (var (fileName, json) in files)
        {
            if (fileName.EndsWith(SampleSuffix, StringComparison.Ordinal)) _samples[fileName[..^SampleSuffix.Length]] = json;
            else if (fileName.EndsWith(".json", StringComparison.Ordinal))
            {
                var name = fileName[..^".json".Length];
                _templates[name] = CardTemplate.Parse(name, json);
                TemplateSources[name] = json;
            }
        }
    }

    /// <summary>The templates embedded in CaseCoach.Cards (cards/*.json).</summary>
    public static CardCatalog LoadEmbedded() => new(ReadEmbedded(Prefix));

    internal static IEnumerable<KeyValuePair<string, string>> ReadEmbedded(string prefix)
    {
        var assembly = typeof(CardCatalog).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(prefix, StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return new(resource[prefix.Length..], reader.ReadToEnd());
        }
    }

    public IReadOnlyCollection<string> Names => _templates.Keys;

    /// <summary>The template's JSON as written, e.g. to hand to the reference binder in tests.</summary>
    public Dictionary<string, string> TemplateSources { get; } = new(StringComparer.Ordinal);

    public CardTemplate Get(string name) =>
        _templates.TryGetValue(name, out var template)
            ? template
            : throw new KeyNotFoundException($"No card template named '{name}'. Known: {string.Join(", ", _templates.Keys.Order())}.");

    /// <summary>The NAME.data.json beside the template, as opened in the Designer.</summary>
    public string? SampleData(string name) => _samples.GetValueOrDefault(name);
}

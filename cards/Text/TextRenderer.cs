using System.Text.Encodings.Web;
using Fluid;

namespace CaseCoach.Cards.Text;

/// <summary>Renders the short texts people read outside cards and emails: chat texts, refusals, calendar subjects and bodies.</summary>
public interface ITextRenderer
{
    string Render<TModel>(TModel model) where TModel : ITextModel;

    string Render(string templateName, object model);
}

/// <summary>
/// cards/text/NAME.liquid, parsed once at construction (a broken template stops start-up naming the file), each with
/// a NAME.model.json sample. Output is plain text, trimmed; Teams and calendars get no HTML from here.
/// </summary>
public sealed class TextRenderer : ITextRenderer
{
    private readonly Dictionary<string, IFluidTemplate> _templates = new(StringComparer.Ordinal);

    public TextRenderer() : this(CardCatalog.ReadEmbedded("text/")) { }

    public TextRenderer(IEnumerable<KeyValuePair<string, string>> files)
    {
        foreach (var (file, source) in files.Where(f => f.Key.EndsWith(".liquid", StringComparison.Ordinal)))
            _templates[file[..^".liquid".Length]] = Liquid.Parse(file, source);
    }

    public IReadOnlyCollection<string> Names => _templates.Keys;

    public string Render<TModel>(TModel model) where TModel : ITextModel => Render(TModel.TemplateName, model!);

    public string Render(string templateName, object model)
    {
        if (!_templates.TryGetValue(templateName, out var template))
            throw new KeyNotFoundException($"No text template named '{templateName}'. Known: {string.Join(", ", _templates.Keys.Order())}.");
        return template.Render(Liquid.Context(model), NullEncoder.Default).Trim();
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using Fluid;

namespace CaseCoach.Cards.Email;

/// <summary>A rendered email: the subject and text are plain, the HTML body is HTML-encoded by Fluid.</summary>
public sealed record RenderedEmail(string Subject, string Html, string Text);

public interface IEmailTemplateRenderer
{
    Task<RenderedEmail> RenderAsync(string templateName, object model, CancellationToken cancellationToken = default);
}

/// <summary>
/// Liquid email templates (cards/email/NAME.{subject,html,text}.liquid), parsed once at construction. The model is
/// passed as camelCase JSON, so the NAME.model.json sample beside each template is exactly what the template sees.
/// </summary>
public sealed class EmailTemplateRenderer : IEmailTemplateRenderer
{
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = new();
    private readonly Dictionary<string, (IFluidTemplate Subject, IFluidTemplate Html, IFluidTemplate Text)> _templates = new(StringComparer.Ordinal);

    public EmailTemplateRenderer() : this(CardCatalog.ReadEmbedded("email/")) { }

    public EmailTemplateRenderer(IEnumerable<KeyValuePair<string, string>> files)
    {
        var sources = files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        foreach (var html in sources.Keys.Where(k => k.EndsWith(".html.liquid", StringComparison.Ordinal)))
        {
            var name = html[..^".html.liquid".Length];
            _templates[name] = (Parse(name, "subject", sources), Parse(name, "html", sources), Parse(name, "text", sources));
        }
    }

    public IReadOnlyCollection<string> Names => _templates.Keys;

    public async Task<RenderedEmail> RenderAsync(string templateName, object model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!_templates.TryGetValue(templateName, out var template))
            throw new KeyNotFoundException($"No email template named '{templateName}'. Known: {string.Join(", ", _templates.Keys.Order())}.");
        cancellationToken.ThrowIfCancellationRequested();
        var data = model is JsonElement element ? element : JsonSerializer.SerializeToElement(model, model.GetType(), CardRenderer.ViewModelJson);
        if (data.ValueKind != JsonValueKind.Object)
            throw new ArgumentException($"An email model must serialise to a JSON object (a record or a JsonElement object), not {data.ValueKind}.", nameof(model));
        var context = new TemplateContext(ToLiquid(data), Options);
        var subject = await template.Subject.RenderAsync(context, NullEncoder.Default);
        var html = await template.Html.RenderAsync(context, HtmlEncoder.Default);
        var text = await template.Text.RenderAsync(context, NullEncoder.Default);
        return new RenderedEmail(subject.Trim(), html, text);
    }

    private static IFluidTemplate Parse(string name, string part, Dictionary<string, string> sources)
    {
        var file = $"{name}.{part}.liquid";
        if (!sources.TryGetValue(file, out var source)) throw new InvalidOperationException($"Email template '{name}' has no {file}.");
        if (!Parser.TryParse(source, out var template, out var error))
            throw new InvalidOperationException($"Email template {file} does not parse: {error}");
        return template;
    }

    /// <summary>JSON to dictionaries and lists, which Fluid reads without registering member access per type.</summary>
    private static object? ToLiquid(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => ToLiquid(p.Value), StringComparer.Ordinal),
        JsonValueKind.Array => element.EnumerateArray().Select(ToLiquid).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}

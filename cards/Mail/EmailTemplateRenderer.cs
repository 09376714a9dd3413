using System.Text.Encodings.Web;
using CaseCoach.Cards.Text;
using Fluid;

namespace CaseCoach.Cards.Mail;

/// <summary>A rendered email: the subject and text are plain, the HTML body is HTML-encoded by Fluid.</summary>
public sealed record RenderedEmail(string Subject, string Html, string Text);

public interface IEmailTemplateRenderer
{
    Task<RenderedEmail> RenderAsync(string templateName, object model, CancellationToken cancellationToken = default);

    /// <summary>Whether cards/email has the template (a notice kind's email twin may not have its own yet).</summary>
    bool Has(string templateName);
}

/// <summary>
/// Liquid email templates (cards/email/NAME.{subject,html,text}.liquid), parsed once at construction. The model is
/// passed as camelCase JSON, so the NAME.model.json sample beside each template is exactly what the template sees.
/// </summary>
public sealed class EmailTemplateRenderer : IEmailTemplateRenderer
{
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

    public bool Has(string templateName) => _templates.ContainsKey(templateName);

    public async Task<RenderedEmail> RenderAsync(string templateName, object model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!_templates.TryGetValue(templateName, out var template))
            throw new KeyNotFoundException($"No email template named '{templateName}'. Known: {string.Join(", ", _templates.Keys.Order())}.");
        cancellationToken.ThrowIfCancellationRequested();
        var context = Liquid.Context(model);
        var subject = await template.Subject.RenderAsync(context, NullEncoder.Default);
        var html = await template.Html.RenderAsync(context, HtmlEncoder.Default);
        var text = await template.Text.RenderAsync(context, NullEncoder.Default);
        return new RenderedEmail(subject.Trim(), html, text);
    }

    private static IFluidTemplate Parse(string name, string part, Dictionary<string, string> sources)
    {
        var file = $"{name}.{part}.liquid";
        if (!sources.TryGetValue(file, out var source)) throw new InvalidOperationException($"Email template '{name}' has no {file}.");
        return Liquid.Parse(file, source);
    }
}

using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CaseCoach.Cards.Templating;

/// <summary>
/// A parsed Adaptive Card template, bound like adaptivecards-templating 2.3.1's Template.expand({ $root: data }):
/// $data over an array repeats the element, $when false drops it, a whole "${x}" keeps x's JSON type, an undefined
/// path stays as the literal "${path}". Bound data is written out as data and never parsed as a template again.
/// Thread-safe: a template is immutable after <see cref="Parse"/>; each bind gets its own scope.
/// </summary>
public sealed class CardTemplate
{
    private static readonly JsonWriterOptions WriterOptions = RawJson.WriterOptions;
    private readonly TemplateNode _root;

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    private CardTemplate(string name, TemplateNode root)
    {
        Name = name;
        _root = root;
    }

    public string Name { get; }

    /// <exception cref="TemplateValidationException">The template uses something outside the supported subset.</exception>
    public static CardTemplate Parse(string name, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new TemplateValidationException(name, "$", "not valid JSON: " + e.Message);
        }
        using (document)
        {
            return new CardTemplate(name, TemplatePreparer.Prepare(name, document.RootElement));
        }
    }

    /// <exception cref="CardBindingException">The data makes an expression fail where the JS package throws too.</exception>
    public JsonElement Expand(JsonElement data)
    {
        // One scratch buffer and writer per thread: the only per-bind allocation left is the card itself.
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(32 * 1024);
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        Expand(data, writer);
        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    public void Expand(JsonElement data, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        new TemplateExpander(new EvaluationScope(data), writer, Name).WriteRoot(_root);
        writer.Flush();
    }
}

using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CaseCoach.Cards.Templating;

/// <summary>JSON written once at load, with the escaping a bound card uses (<see cref="CardTemplate"/>'s writer).</summary>
internal static class RawJson
{
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = Encoder };

    public static byte[] Of(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions)) write(writer);
        return buffer.WrittenSpan.ToArray();
    }
}

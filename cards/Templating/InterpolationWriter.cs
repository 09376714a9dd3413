using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;

namespace CaseCoach.Cards.Templating;

/// <summary>
/// Writes an interpolated string such as "${number}. ${text}" straight into the JSON writer as UTF-8: constant parts
/// were encoded at load, and a part that is a plain path to a string, number or boolean of the data is copied from the
/// data's bytes. The text is the one <see cref="InterpolationExpr.Evaluate"/> builds, without a .NET string per value.
/// </summary>
internal static class InterpolationWriter
{
    [ThreadStatic] private static byte[]? t_buffer;

    public static byte[]? Encode(string text)
    {
        var bytes = new byte[System.Text.Encoding.UTF8.GetMaxByteCount(text.Length)];
        return Utf8.FromUtf16(text, bytes, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
            ? bytes[..written]
            : null;
    }

    public static void Write(InterpolationExpr interpolation, EvaluationScope scope, Utf8JsonWriter writer)
    {
        var buffer = t_buffer ??= new byte[1024];
        var length = 0;
        var parts = interpolation.Parts;
        for (var i = 0; i < parts.Length; i++)
        {
            if (interpolation.Utf8Constants[i] is { } constant)
            {
                Append(ref buffer, ref length, constant);
                continue;
            }
            var part = parts[i];
            if (PathEvaluator.TryResolveElement(part, scope, out var element) && TryAppendScalar(element, ref buffer, ref length)) continue;
            var result = part.Evaluate(scope, substitute: true);
            var text = result.Error is null ? JsValue.ToJsString(result.Value) : "${" + part + "}";
            if (!TryAppendText(text, ref buffer, ref length))
            {
                // Text UTF-8 cannot carry (a lone surrogate): let the writer refuse it exactly as it refuses the string.
                writer.WriteStringValue((string?)interpolation.Evaluate(scope, substitute: true).Value);
                return;
            }
        }
        t_buffer = buffer;
        writer.WriteStringValue(buffer.AsSpan(0, length));
    }

    /// <summary>What JS toString gives for a string, a plain integer, true or false, copied from the JSON; false otherwise.</summary>
    private static bool TryAppendScalar(JsonElement element, ref byte[] buffer, ref int length)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                var quoted = JsonMarshal.GetRawUtf8Value(element);
                var raw = quoted[1..^1];
                if (raw.IndexOf((byte)'\\') >= 0) return TryAppendText(element.GetString()!, ref buffer, ref length);
                Append(ref buffer, ref length, raw);
                return true;
            case JsonValueKind.Number:
                var digits = JsonMarshal.GetRawUtf8Value(element);
                if (IsPlainInteger(digits)) Append(ref buffer, ref length, digits);
                else Append(ref buffer, ref length, System.Text.Encoding.ASCII.GetBytes(JsValue.FormatNumber(element.GetDouble())));
                return true;
            case JsonValueKind.True:
                Append(ref buffer, ref length, "true"u8);
                return true;
            case JsonValueKind.False:
                Append(ref buffer, ref length, "false"u8);
                return true;
            default:
                return false;
        }
    }

    /// <summary>"0" or up to 15 digits without a leading zero, sign allowed: written by JS exactly as in the JSON.</summary>
    private static bool IsPlainInteger(ReadOnlySpan<byte> number)
    {
        var digits = number.Length > 0 && number[0] == '-' ? number[1..] : number;
        if (digits.Length is 0 or > 15 || (digits[0] == '0' && (digits.Length > 1 || number.Length > 1))) return false;
        foreach (var b in digits) if (b is < (byte)'0' or > (byte)'9') return false;
        return true;
    }

    private static bool TryAppendText(string text, ref byte[] buffer, ref int length)
    {
        Reserve(ref buffer, length, System.Text.Encoding.UTF8.GetMaxByteCount(text.Length));
        if (Utf8.FromUtf16(text, buffer.AsSpan(length), out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done) return false;
        length += written;
        return true;
    }

    private static void Append(ref byte[] buffer, ref int length, ReadOnlySpan<byte> bytes)
    {
        Reserve(ref buffer, length, bytes.Length);
        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }

    private static void Reserve(ref byte[] buffer, int length, int more)
    {
        if (length + more <= buffer.Length) return;
        var grown = new byte[Math.Max(buffer.Length * 2, length + more)];
        buffer.AsSpan(0, length).CopyTo(grown);
        buffer = grown;
    }
}

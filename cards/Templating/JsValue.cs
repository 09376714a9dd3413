using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CaseCoach.Cards.Templating;

/// <summary>JavaScript's <c>undefined</c>: a path that resolved to nothing (JSON null is plain <c>null</c>).</summary>
internal sealed class JsUndefined
{
    public static readonly JsUndefined Value = new();
    private JsUndefined() { }
    public override string ToString() => "undefined";
}

/// <summary>
/// Values during evaluation are what adaptive-expressions sees in JavaScript: null, undefined, string, double, bool,
/// or a JSON object/array (kept as <see cref="JsonElement"/>). These helpers mirror the JS semantics we rely on.
/// </summary>
internal static class JsValue
{
    public static readonly object True = true;
    public static readonly object False = false;

    public static object Box(bool value) => value ? True : False;

    // Boxes of the small whole numbers ($index, count(), most numbers in card data), made once: no allocation per use.
    private static readonly object[] SmallNumbers = [.. Enumerable.Range(0, 256).Select(i => (object)(double)i)];

    /// <summary>The value boxed, shared for 0..255 (never for -0, whose sign JS can observe).</summary>
    public static object Number(double value) =>
        value >= 0 && value < SmallNumbers.Length && value == (int)value && !double.IsNegative(value)
            ? SmallNumbers[(int)value]
            : value;

    public static bool IsNullish(object? value) => value is null || value is JsUndefined;

    public static bool IsNumber(object? value) => value is double d && !double.IsNaN(d);

    /// <summary>Number.isInteger.</summary>
    public static bool IsInteger(object? value) => value is double d && double.IsFinite(d) && d == Math.Floor(d);

    /// <summary>JavaScript's Math.round: halves go towards +Infinity (-2.5 rounds to -2).</summary>
    public static double MathRound(double value) =>
        !double.IsFinite(value) || value == Math.Floor(value) ? value : Math.Floor(value + 0.5);

    public static bool IsArray(object? value) => value is JsonElement { ValueKind: JsonValueKind.Array };

    public static bool IsObject(object? value) => value is JsonElement { ValueKind: JsonValueKind.Object };

    /// <summary>A JSON element as the JS value JSON.parse would give.</summary>
    public static object? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => Number(element.GetDouble()),
        JsonValueKind.True => True,
        JsonValueKind.False => False,
        JsonValueKind.Null => null,
        JsonValueKind.Undefined => JsUndefined.Value,
        _ => element,
    };

    /// <summary>adaptive-expressions' isLogicTrue: only false, null and undefined are false (0 and "" are true).</summary>
    public static bool IsLogicTrue(object? value) => value switch
    {
        bool b => b,
        null or JsUndefined => false,
        _ => true,
    };

    /// <summary>JavaScript's falsy test, used where the JS code writes <c>if (!instance)</c>.</summary>
    public static bool IsFalsy(object? value) => value switch
    {
        null or JsUndefined => true,
        bool b => !b,
        double d => d == 0 || double.IsNaN(d),
        string s => s.Length == 0,
        _ => false,
    };

    /// <summary>JavaScript's <c>value.toString()</c>; throws like JS for null and undefined.</summary>
    public static string ToJsString(object? value) => value switch
    {
        null => throw new CardBindingException("Cannot read properties of null (reading 'toString')"),
        JsUndefined => throw new CardBindingException("Cannot read properties of undefined (reading 'toString')"),
        string s => s,
        double d => FormatNumber(d),
        bool b => b ? "true" : "false",
        JsonElement { ValueKind: JsonValueKind.Array } array => ArrayToString(array),
        _ => "[object Object]",
    };

    private static string ArrayToString(JsonElement array)
    {
        var builder = new StringBuilder();
        var first = true;
        foreach (var item in array.EnumerateArray())
        {
            if (!first) builder.Append(',');
            first = false;
            var value = FromElement(item);
            if (!IsNullish(value)) builder.Append(ToJsString(value));
        }
        return builder.ToString();
    }

    /// <summary>ECMAScript Number::toString(10): shortest round-trip digits, exponent form outside 1e-7..1e21.</summary>
    public static string FormatNumber(double value)
    {
        if (double.IsNaN(value)) return "NaN";
        if (double.IsPositiveInfinity(value)) return "Infinity";
        if (double.IsNegativeInfinity(value)) return "-Infinity";
        if (value == 0) return "0";
        if (value < 0) return "-" + FormatNumber(-value);
        if (value < 9007199254740992d && value == Math.Floor(value)) return value.ToString("F0", CultureInfo.InvariantCulture);

        // "R" gives the shortest round-trip digits; re-lay them out the way JavaScript does.
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = shortest.IndexOfAny(['E', 'e']);
        var mantissa = exponentAt < 0 ? shortest : shortest[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(shortest[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.');
        var intPart = point < 0 ? mantissa : mantissa[..point];
        var fracPart = point < 0 ? "" : mantissa[(point + 1)..];
        var digits = (intPart + fracPart).TrimStart('0');
        var leadingZeros = (intPart + fracPart).Length - (intPart + fracPart).TrimStart('0').Length;
        digits = digits.TrimEnd('0');
        var n = intPart.Length + exponent - leadingZeros; // value = 0.digits × 10^n
        var k = digits.Length;
        if (k <= n && n <= 21) return digits + new string('0', n - k);
        if (0 < n && n <= 21) return digits[..n] + "." + digits[n..];
        if (-6 < n && n <= 0) return "0." + new string('0', -n) + digits;
        var e = n - 1;
        var sign = e < 0 ? "-" : "+";
        var head = k == 1 ? digits : digits[..1] + "." + digits[1..];
        return head + "e" + sign + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>JavaScript's parseInt(text) for decimal text: NaN when no leading digits.</summary>
    public static double ParseIntPrefix(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var negative = false;
        if (i < text.Length && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
        var start = i;
        double result = 0;
        while (i < text.Length && text[i] is >= '0' and <= '9') result = result * 10 + (text[i++] - '0');
        if (i == start) return double.NaN;
        return negative ? -result : result;
    }
}

/// <summary>Values built during evaluation (arrays from where/select/split, numbers) as the JSON JS would write.</summary>
internal static class JsBuild
{
    public static JsonElement Array(IEnumerable<object?> items)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var item in items) Write(writer, item is JsUndefined ? null : item);
            writer.WriteEndArray();
        }
        return JsonDocument.Parse(buffer.WrittenMemory).RootElement.Clone();
    }

    public static JsonElement Object(IEnumerable<KeyValuePair<string, object?>> members)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in members)
            {
                if (value is JsUndefined) continue;
                writer.WritePropertyName(name);
                Write(writer, value);
            }
            writer.WriteEndObject();
        }
        return JsonDocument.Parse(buffer.WrittenMemory).RootElement.Clone();
    }

    /// <summary>JSON.stringify of one value: NaN and the infinities become null, undefined is the caller's to drop.</summary>
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case string s: writer.WriteStringValue(s); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case JsonElement element: element.WriteTo(writer); break;
            default: writer.WriteNullValue(); break;
        }
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CaseCoach.Cards.Templating;

/// <summary>Ports of string, int, float, bool, json and coalesce.</summary>
internal static partial class ConversionFunctions
{
    public static EvalResult Evaluate(CallExpr call, EvaluationScope scope, bool substitute) => call.Type switch
    {
        "string" => Children.Apply(call, scope, substitute, args => EvalResult.Ok(ToText(args[0]))),
        "int" => Children.Apply(call, scope, substitute, args => args[0] switch
        {
            string s when JsValue.ParseIntPrefix(s) is var n && !double.IsNaN(n) => EvalResult.Ok(n),
            string s => EvalResult.Fail($"parameter {s} is not a valid number string."),
            double d when JsValue.IsNumber(d) => EvalResult.Ok(JsValue.ParseIntPrefix(JsValue.FormatNumber(d))),
            _ => EvalResult.Ok(JsUndefined.Value),
        }),
        "float" => Children.Apply(call, scope, substitute, args => args[0] switch
        {
            string s when ParseFloat(s) is var n && !double.IsNaN(n) => EvalResult.Ok(n),
            string s => EvalResult.Fail($"parameter {s} is not a valid number string."),
            double d when JsValue.IsNumber(d) => EvalResult.Ok(d),
            _ => EvalResult.Ok(JsUndefined.Value),
        }),
        "json" => Children.Apply(call, scope, substitute, args => Json(args[0])),
        _ => Children.Apply(call, scope, substitute, args => EvalResult.Ok(args.FirstOrDefault(a => !JsValue.IsNullish(a)) ?? JsUndefined.Value)),
    };

    /// <summary>bool(): numbers are true unless 0; anything whose text matches /false/i is false; else isLogicTrue.</summary>
    public static bool ToBool(object? value)
    {
        if (value is double d) return d != 0;
        var text = value switch { null => "null", JsUndefined => "undefined", _ => JsValue.ToJsString(value) };
        return !text.Contains("false", StringComparison.OrdinalIgnoreCase) && JsValue.IsLogicTrue(value);
    }

    /// <summary>
    /// string(): a number goes through d3-format ",.Nf" (N = its decimals) under the en-US locale: thousands
    /// separators and U+2212 for a minus; objects and lists are JSON with outer quotes stripped.
    /// </summary>
    private static string ToText(object? value)
    {
        if (value is string s) return s;
        if (value is not double d || !JsValue.IsNumber(d)) return ExpressionFunctions.CommonStringify(value);
        var plain = JsValue.FormatNumber(d);
        var decimals = plain.Contains('.') ? plain[(plain.IndexOf('.') + 1)..].Length : 0;
        if (plain.Contains('e') || !double.IsFinite(d))
            throw new UnsupportedValueException($"string({plain}): numbers in exponent form are not supported");
        var formatted = Math.Abs(d).ToString("#,0." + new string('0', decimals), CultureInfo.InvariantCulture).TrimEnd('.');
        var negative = d < 0 && formatted.Any(c => c is >= '1' and <= '9');
        return (negative ? "\u2212" : "") + formatted;
    }

    private static EvalResult Json(object? text)
    {
        if (text is not string s) return EvalResult.Fail("json() takes a string");
        try
        {
            using var document = JsonDocument.Parse(s.Trim());
            return EvalResult.Ok(JsValue.FromElement(document.RootElement.Clone()));
        }
        catch (JsonException e) { return EvalResult.Fail(e.Message); }
    }

    /// <summary>JavaScript's parseFloat: the longest decimal prefix after leading white space, else NaN.</summary>
    private static double ParseFloat(string text)
    {
        var match = FloatPrefix().Match(text);
        if (!match.Success) return double.NaN;
        var number = match.Groups[1].Value;
        if (number.EndsWith("Infinity", StringComparison.Ordinal)) return number[0] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        return double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\s*([+-]?(?:Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?))")]
    private static partial Regex FloatPrefix();
}

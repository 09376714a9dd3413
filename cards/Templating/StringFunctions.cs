using System.Text.Json;

namespace CaseCoach.Cards.Templating;

/// <summary>Ports of substring, toUpper, toLower, trim, replace, split, startsWith, endsWith, indexOf, lastIndexOf.</summary>
internal static class StringFunctions
{
    public static EvalResult Evaluate(CallExpr call, EvaluationScope scope, bool substitute) => call.Type switch
    {
        "substring" => Substring(call, scope, substitute),
        "toUpper" => Transform(call, scope, substitute, s => s.ToUpperInvariant()),
        "toLower" => Transform(call, scope, substitute, s => s.ToLowerInvariant()),
        "trim" => Transform(call, scope, substitute, s => s.Trim()),
        "replace" => Children.Apply(call, scope, substitute, args => Text(args[1]).Length == 0
            ? EvalResult.Fail($"{JsValue.ToJsString(args[1])} should be a string with length at least 1")
            : EvalResult.Ok(Text(args[0]).Replace(Text(args[1]), Text(args[2]), StringComparison.Ordinal)), Children.StringOrUndefined),
        "split" => Children.Apply(call, scope, substitute, args => EvalResult.Ok(Split(Text(args[0]), args.Length > 1 ? Text(args[1]) : "")),
            Children.StringOrUndefined),
        "startsWith" => Children.Apply(call, scope, substitute,
            args => EvalResult.Ok(JsValue.Box(Text(args[0]).StartsWith(Text(args[1]), StringComparison.Ordinal))), Children.StringOrUndefined),
        "endsWith" => Children.Apply(call, scope, substitute,
            args => EvalResult.Ok(JsValue.Box(Text(args[0]).EndsWith(Text(args[1]), StringComparison.Ordinal))), Children.StringOrUndefined),
        "indexOf" => IndexOf(call, scope, substitute, last: false),
        _ => IndexOf(call, scope, substitute, last: true),
    };

    /// <summary>InternalFunctionUtils.parseStringOrUndefined: a string, or "" for anything else.</summary>
    private static string Text(object? value) => value as string ?? "";

    private static EvalResult Transform(CallExpr call, EvaluationScope scope, bool substitute, Func<string, string> transform) =>
        Children.Apply(call, scope, substitute, args => EvalResult.Ok(transform(Text(args[0]))), Children.StringOrUndefined);

    private static JsonElement Split(string text, string separator) => separator.Length == 0
        ? JsBuild.Array(text.Select(c => (object?)c.ToString()))
        : JsBuild.Array(text.Split(separator).Select(s => (object?)s));

    private static EvalResult Substring(CallExpr call, EvaluationScope scope, bool substitute)
    {
        var text = call.Args[0].Evaluate(scope, substitute);
        if (text.Error is not null) return text;
        if (text.Value is JsUndefined) return EvalResult.Ok("");
        if (text.Value is not string str) return EvalResult.Fail($"{call.Args[0]} is neither a string nor a null object.");
        var start = call.Args[1].Evaluate(scope, substitute);
        if (start.Error is not null) return start;
        if (!JsValue.IsInteger(start.Value)) return EvalResult.Fail($"{call.Args[1]} is not an integer.");
        var from = (double)start.Value!;
        if (from < 0 || from > str.Length) return EvalResult.Fail($"{call.Args[1]}={from} which is out of range for {str}");
        var length = str.Length - from;
        if (call.Args.Length == 3)
        {
            var count = call.Args[2].Evaluate(scope, substitute);
            if (count.Error is not null) return count;
            if (!JsValue.IsInteger(count.Value)) return EvalResult.Fail($"{call.Args[2]} is not an integer");
            length = (double)count.Value!;
            if (length < 0 || from + length > str.Length) return EvalResult.Fail($"{call.Args[2]}={length} which is out of range for {str}");
        }
        return EvalResult.Ok(str.Substring((int)from, (int)length));
    }

    private static EvalResult IndexOf(CallExpr call, EvaluationScope scope, bool substitute, bool last)
    {
        var (args, error) = Children.Evaluate(call, scope, substitute);
        if (error is not null) return EvalResult.Fail(error);
        if (JsValue.IsNullish(args[0]) || args[0] is string)
        {
            if (args[1] is not (string or JsUndefined)) return EvalResult.Fail($"Can only look for indexof string in {call}");
            var (text, search) = (Text(args[0]), Text(args[1]));
            return EvalResult.Ok((double)(last ? LastIndexOf(text, search) : text.IndexOf(search, StringComparison.Ordinal)));
        }
        if (args[0] is JsonElement { ValueKind: JsonValueKind.Array } list)
        {
            // Array.prototype.indexOf compares with ===, which for objects is identity: not portable, so refused.
            if (args[1] is JsonElement) throw new UnsupportedValueException($"{call}: looking up an object or list in a list is not supported");
            var items = list.EnumerateArray().Select(JsValue.FromElement).ToList();
            var found = items.FindIndex(i => StrictEquals(i, args[1]));
            if (last) found = items.FindLastIndex(i => StrictEquals(i, args[1]));
            return EvalResult.Ok((double)found);
        }
        return EvalResult.Fail($"{call} works only on string or list.");
    }

    private static bool StrictEquals(object? a, object? b) => a switch
    {
        null => b is null,
        string s => b is string t && s == t,
        double d => b is double e && d == e,
        bool f => b is bool g && f == g,
        _ => false,
    };

    /// <summary>str.lastIndexOf(search, str.length - 1).</summary>
    private static int LastIndexOf(string text, string search)
    {
        var from = Math.Clamp(text.Length - 1, 0, text.Length);
        for (var k = Math.Min(from, text.Length - search.Length); k >= 0; k--)
            if (string.CompareOrdinal(text, k, search, 0, search.Length) == 0) return k;
        return -1;
    }
}

using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace CaseCoach.Cards.Templating;

/// <summary>
/// Memory paths exactly as adaptive-expressions resolves them: the path is accumulated as text ("a.b[0]['c']"),
/// split on . [ ], and walked with case-insensitive property lookup; a miss is undefined, never an error.
/// </summary>
internal static class PathEvaluator
{
    public static EvalResult EvaluatePath(AccessorExpr accessor, EvaluationScope scope, bool substitute)
    {
        string? path;
        object? value;
        if (accessor.Static is { } known)
        {
            path = known.Text;
            value = GetValue(scope, path, known.Parts);
        }
        else
        {
            (path, var left, var error) = AccumulatePath(accessor, scope, substitute);
            if (error is not null) return EvalResult.Fail(error);
            if (path is null) return EvalResult.Ok(JsUndefined.Value);
            if (left is null) value = GetValue(scope, path, SplitPath(path));
            else
            {
                // A path after a call, as in first(items).title: walked from that value (a SimpleObjectMemory).
                var start = left.Evaluate(scope, substitute);
                if (start.Error is not null) return start;
                value = Walk(start.Value, SplitPath(path), 0);
            }
        }
        if (value is JsUndefined && substitute) return EvalResult.Ok("${" + path + "}");
        return EvalResult.Ok(value);
    }

    public static EvalResult EvaluateElement(ElementExpr element, EvaluationScope scope, bool substitute)
    {
        var instance = element.Instance.Evaluate(scope, substitute);
        if (instance.Error is not null) return instance;
        var index = element.Index.Evaluate(scope, substitute: false);
        if (index.Error is not null) return index;
        if (index.Value is double d && d == Math.Floor(d) && !double.IsInfinity(d))
            return AccessIndex(instance.Value, (int)d);
        if (index.Value is string name) return EvalResult.Ok(AccessProperty(instance.Value, name));
        return EvalResult.Fail($"Could not coerce {element.Index} to an int or string.");
    }

    private static (string? Path, Expr? Left, string? Error) AccumulatePath(Expr expression, EvaluationScope scope, bool substitute)
    {
        var path = "";
        Expr? left = expression;
        while (left is not null)
        {
            if (left is AccessorExpr accessor)
            {
                path = accessor.Property + "." + path;
                left = accessor.Instance;
            }
            else if (left is ElementExpr element)
            {
                var index = element.Index.Evaluate(scope, substitute);
                if (index.Error is not null) return (null, null, index.Error);
                if (index.Value is double d && !double.IsNaN(d)) path = "[" + JsValue.FormatNumber(d) + "]." + path;
                else if (index.Value is string s)
                    path = (double.IsNaN(JsValue.ParseIntPrefix(s)) ? "['" + s + "']." : "[" + s + "].") + path;
                else return (null, null, $"{element.Index} doesn't return an int or string");
                left = element.Instance;
            }
            else break;
        }
        path = path.TrimEnd('.').Replace(".[", "[", StringComparison.Ordinal);
        return (path.Length == 0 ? null : path, left, null);
    }

    /// <summary>
    /// The raw JSON a constant path points at, when every step is an object or array of the data; false means
    /// "not that simple" and the caller evaluates normally (same result, just with a .NET value in between).
    /// </summary>
    public static bool TryResolveElement(Expr expression, EvaluationScope scope, out JsonElement element)
    {
        element = default;
        return expression is AccessorExpr { Static: not null } accessor && TryResolveElement(accessor, scope, out element);
    }

    public static bool TryResolveElement(AccessorExpr accessor, EvaluationScope scope, out JsonElement element)
    {
        element = default;
        if (scope.HasLocals) return false;
        var parts = accessor.Static!.Parts;
        JsonElement current;
        var first = 0;
        if (accessor.Static.Text[0] != '$')
        {
            if (!scope.TryGetDataElement(out current)) return false;
        }
        else if (parts[0].Equals("$data", StringComparison.OrdinalIgnoreCase))
        {
            if (!scope.TryGetDataElement(out current)) return false;
            first = 1;
        }
        else
        {
            if (!scope.TryGetReserved(parts[0], out var start) || start is not JsonElement reserved) return false;
            current = reserved;
            first = 1;
        }
        for (var i = first; i < parts.Length; i++)
        {
            var part = parts[i];
            if (current.ValueKind == JsonValueKind.Array)
            {
                var number = JsValue.ParseIntPrefix(part);
                if (double.IsNaN(number) || number < 0 || number >= current.GetArrayLength()) return false;
                current = current[(int)number];
            }
            else if (current.ValueKind == JsonValueKind.Object)
            {
                var found = false;
                foreach (var member in current.EnumerateObject())
                {
                    if (!NameEqualsIgnoreCase(member, part)) continue;
                    current = member.Value;
                    found = true;
                    break;
                }
                if (!found) return false;
            }
            else return false;
        }
        element = current;
        return true;
    }

    /// <summary>SimpleObjectMemory's split on /[.[\]]+/, quotes stripped from each part.</summary>
    public static string[] SplitPath(string path) =>
        [.. path.Split(['.', '[', ']'], StringSplitOptions.RemoveEmptyEntries).Select(Unquote)];

    private static object? GetValue(EvaluationScope scope, string path, string[] parts)
    {
        // TemplateObjectMemory.getValue + SimpleObjectMemory.getValue. StackedMemory: each lambda iterator layer first, innermost first, then the template memory.
        for (var layer = scope.Locals.Count - 1; layer >= 0; layer--)
        {
            var (name, value) = scope.Locals[layer];
            if (!parts[0].Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
            var local = Walk(value, parts, 1);
            if (local is not JsUndefined) return local;
        }
        if (path[0] != '$') return Walk(scope.Data, parts, 0);
        return scope.TryGetReserved(parts[0], out var reserved) ? Walk(reserved, parts, 1) : JsUndefined.Value;
    }

    private static object? Walk(object? current, string[] parts, int start)
    {
        for (var i = start; i < parts.Length; i++)
        {
            var part = parts[i];
            var number = JsValue.ParseIntPrefix(part);
            if (!double.IsNaN(number) && JsValue.IsArray(current))
            {
                var indexed = AccessIndex(current, (int)number);
                if (indexed.Error is not null) return JsUndefined.Value;
                current = indexed.Value;
            }
            else current = AccessProperty(current, part);
        }
        return current;
    }

    /// <summary>
    /// JS <c>k.toLowerCase() === property.toLowerCase()</c>, comparing the raw UTF-8 name to avoid a string per key.
    /// Lengths decide most keys: the unescaped name has at most as many characters as its raw UTF-8 has bytes, and
    /// exactly as many when the raw name is plain ASCII, so only an escaped or non-ASCII key needs the string.
    /// </summary>
    private static bool NameEqualsIgnoreCase(JsonProperty member, string name)
    {
        var raw = JsonMarshal.GetRawUtf8PropertyName(member);
        if (raw.Length < name.Length) return false;
        if (raw.Length == name.Length)
        {
            if (Ascii.EqualsIgnoreCase(raw, name)) return true;
            if (Ascii.IsValid(name)) return false;
        }
        else if (raw.IndexOf((byte)'\\') < 0 && Ascii.IsValid(raw)) return false;
        return string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase);
    }

    private static string Unquote(string part) =>
        part.Length >= 2 && ((part[0] == '"' && part[^1] == '"') || (part[0] == '\'' && part[^1] == '\''))
            ? part[1..^1]
            : part;

    private static EvalResult AccessIndex(object? instance, int index)
    {
        if (JsValue.IsNullish(instance)) return EvalResult.Ok(JsUndefined.Value);
        if (instance is JsonElement { ValueKind: JsonValueKind.Array } array)
        {
            if (index >= 0 && index < array.GetArrayLength()) return EvalResult.Ok(JsValue.FromElement(array[index]));
            return EvalResult.Fail($"{index} is out of range");
        }
        return EvalResult.Fail($"{JsValue.ToJsString(instance)} is not a collection.");
    }

    /// <summary>JS accessProperty: first key equal ignoring case; falsy instances give undefined.</summary>
    private static object? AccessProperty(object? instance, string property)
    {
        if (JsValue.IsFalsy(instance)) return JsUndefined.Value;
        switch (instance)
        {
            case JsonElement { ValueKind: JsonValueKind.Object } obj:
                foreach (var member in obj.EnumerateObject())
                {
                    if (NameEqualsIgnoreCase(member, property))
                        return JsValue.FromElement(member.Value);
                }
                return JsUndefined.Value;
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                return int.TryParse(property, out var i) && i >= 0 && i < array.GetArrayLength() && i.ToString() == property
                    ? JsValue.FromElement(array[i])
                    : JsUndefined.Value;
            case string text:
                return int.TryParse(property, out var c) && c >= 0 && c < text.Length && c.ToString() == property
                    ? text[c].ToString()
                    : JsUndefined.Value;
            default:
                return JsUndefined.Value;
        }
    }
}

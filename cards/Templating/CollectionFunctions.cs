using System.Text.Json;

namespace CaseCoach.Cards.Templating;

/// <summary>Ports of first, last, join, contains, createArray, take, skip and the lambda functions where/select/foreach.</summary>
internal static class CollectionFunctions
{
    public static EvalResult Evaluate(CallExpr call, EvaluationScope scope, bool substitute) => call.Type switch
    {
        "first" => Children.Apply(call, scope, substitute, args => EvalResult.Ok(At(args[0], first: true))),
        "last" => Children.Apply(call, scope, substitute, args => EvalResult.Ok(At(args[0], first: false))),
        "join" => Children.Apply(call, scope, substitute, args => Join(call, args)),
        "contains" => Contains(call, scope, substitute),
        "createArray" => Children.Apply(call, scope, substitute, args => EvalResult.Ok(JsBuild.Array(args))),
        "take" => Slice(call, scope, substitute, take: true),
        "skip" => Slice(call, scope, substitute, take: false),
        "where" => Lambda(call, scope, substitute, filter: true),
        _ => Lambda(call, scope, substitute, filter: false),
    };

    private static object? At(object? value, bool first) => value switch
    {
        string { Length: > 0 } s => (first ? s[0] : s[^1]).ToString(),
        JsonElement { ValueKind: JsonValueKind.Array } list when list.GetArrayLength() > 0 =>
            JsValue.FromElement(list[first ? 0 : list.GetArrayLength() - 1]),
        _ => JsUndefined.Value,
    };

    private static EvalResult Join(CallExpr call, object?[] args)
    {
        if (args[0] is not JsonElement { ValueKind: JsonValueKind.Array } list)
            return EvalResult.Fail($"{call.Args[0]} evaluates to a value which is not a list.");
        var items = list.EnumerateArray().Select(i => JsValue.FromElement(i) is var v && JsValue.IsNullish(v) ? "" : JsValue.ToJsString(v)).ToList();
        string Sep(object? s) => JsValue.IsNullish(s) ? "," : JsValue.ToJsString(s);
        if (args.Length == 2) return EvalResult.Ok(string.Join(Sep(args[1]), items));
        if (items.Count < 3) return EvalResult.Ok(string.Join(Sep(args[2]), items));
        return EvalResult.Ok(string.Join(Sep(args[1]), items[..^1]) + Sep(args[2]) + items[^1]);
    }

    private static EvalResult Contains(CallExpr call, EvaluationScope scope, bool substitute)
    {
        var (args, error) = Children.Evaluate(call, scope, substitute);
        if (error is not null) return EvalResult.Fail(error);
        if (args[0] is string s && args[1] is string t) return EvalResult.Ok(JsValue.Box(s.Contains(t, StringComparison.Ordinal)));
        if (args[0] is JsonElement { ValueKind: JsonValueKind.Array } list)
            return EvalResult.Ok(JsValue.Box(list.EnumerateArray().Any(i => ExpressionFunctions.CommonEquals(JsValue.FromElement(i), args[1]))));
        if (args[1] is string name && args[0] is JsonElement { ValueKind: JsonValueKind.Object } obj)
            return EvalResult.Ok(JsValue.Box(obj.EnumerateObject().Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))));
        return EvalResult.Ok(JsValue.False);
    }

    private static EvalResult Slice(CallExpr call, EvaluationScope scope, bool substitute, bool take)
    {
        var source = call.Args[0].Evaluate(scope, substitute);
        if (source.Error is not null) return source;
        var isList = source.Value is JsonElement { ValueKind: JsonValueKind.Array };
        if (!isList && !(take && source.Value is string)) return EvalResult.Fail($"{call.Args[0]} is not array{(take ? " or string" : "")}.");
        var count = call.Args[1].Evaluate(scope, substitute);
        if (count.Error is not null) return count;
        if (!JsValue.IsInteger(count.Value)) return EvalResult.Fail($"{call.Args[1]} is not an integer.");
        var n = (int)Math.Clamp((double)count.Value!, 0, int.MaxValue);
        if (source.Value is string text) return EvalResult.Ok(text[..Math.Min(n, text.Length)]);
        var items = ((JsonElement)source.Value!).EnumerateArray().Select(JsValue.FromElement);
        return EvalResult.Ok(JsBuild.Array(take ? items.Take(n) : items.Skip(n)));
    }

    /// <summary>where / select / foreach: the iterator name is a memory layer above the template memory.</summary>
    private static EvalResult Lambda(CallExpr call, EvaluationScope scope, bool substitute, bool filter)
    {
        var source = call.Args[0].Evaluate(scope, substitute);
        if (source.Error is not null) return source;
        if (!filter && JsValue.IsFalsy(source.Value)) return EvalResult.Fail($"'{call.Args[0]}' evaluated to null.");
        var isObject = source.Value is JsonElement { ValueKind: JsonValueKind.Object };
        List<object?>? items = source.Value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } list => [.. list.EnumerateArray().Select(JsValue.FromElement)],
            JsonElement { ValueKind: JsonValueKind.Object } obj => [.. obj.EnumerateObject().Select(p =>
                (object?)JsBuild.Object([new("key", p.Name), new("value", JsValue.FromElement(p.Value))]))],
            _ => null,
        };
        if (items is null) return EvalResult.Fail($"{call.Args[0]} is not a collection or structure object to run {call.Type}");
        var name = ((AccessorExpr)call.Args[1]).Property;
        var results = new List<object?>();
        foreach (var item in items)
        {
            scope.PushLocal(name, item);
            var result = call.Args[2].Evaluate(scope, substitute);
            scope.PopLocal();
            if (filter) { if (result.Error is null && JsValue.IsLogicTrue(result.Value)) results.Add(item); }
            else if (result.Error is not null) return result;
            else results.Add(result.Value);
        }
        if (filter && isObject)
            return EvalResult.Ok(JsBuild.Object(results.Select(r => new KeyValuePair<string, object?>(
                ((JsonElement)r!).GetProperty("key").GetString()!, JsValue.FromElement(((JsonElement)r!).GetProperty("value"))))));
        return EvalResult.Ok(JsBuild.Array(results));
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;

namespace CaseCoach.Cards.Templating;

/// <summary>
/// The functions and operators the templates may use, each a port of its adaptive-expressions evaluator
/// (lib/builtinFunctions/*.js). Which children see nullSubstitution, and which errors are swallowed, matter:
/// comparisons, not/and/or and the if-condition evaluate without substitution and turn errors into false.
/// </summary>
internal static class ExpressionFunctions
{
    public static EvalResult Evaluate(CallExpr call, EvaluationScope scope, bool substitute) => call.Type switch
    {
        "==" => Compare(call, scope, args => JsValue.Box(CommonEquals(args[0], args[1])), verifyNotNull: false),
        "!=" => Compare(call, scope, args => JsValue.Box(!CommonEquals(args[0], args[1])), verifyNotNull: false),
        "<" => Compare(call, scope, args => Relational(args, c => c < 0), verifyNotNull: true),
        "<=" => Compare(call, scope, args => Relational(args, c => c <= 0), verifyNotNull: true),
        ">" => Compare(call, scope, args => Relational(args, c => c > 0), verifyNotNull: true),
        ">=" => Compare(call, scope, args => Relational(args, c => c >= 0), verifyNotNull: true),
        "empty" => Empty(call, scope),
        "&&" => And(call, scope),
        "||" => Or(call, scope),
        "!" => Not(call, scope),
        "if" => If(call, scope, substitute),
        "+" => Add(call, scope, substitute),
        "count" => Count(call, scope, substitute),
        "length" => Length(call, scope, substitute),
        "concat" => Concat(call, scope, substitute),
        "exists" => Compare(call, scope, args => JsValue.Box(!JsValue.IsNullish(args[0])), verifyNotNull: true),
        "bool" => Compare(call, scope, args => JsValue.Box(ConversionFunctions.ToBool(args[0])), verifyNotNull: false),
        _ => MoreFunctions.Evaluate(call, scope, substitute),
    };

    private static EvalResult Compare(CallExpr call, EvaluationScope scope, Func<ReadOnlySpan<object?>, object> func, bool verifyNotNull)
    {
        // The operands live on the stack: a $when such as count(items) > 0 allocates nothing.
        var inline = new FourValues();
        var args = call.Args.Length <= 4 ? ((Span<object?>)inline)[..call.Args.Length] : new object?[call.Args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            var result = call.Args[i].Evaluate(scope, substitute: false);
            if (result.Error is not null || (verifyNotNull && JsValue.IsNullish(result.Value))) return EvalResult.Ok(JsValue.False);
            args[i] = result.Value;
        }
        try { return EvalResult.Ok(func(args)); }
        catch (CardBindingException e) when (e is not UnsupportedValueException) { return new EvalResult(JsValue.False, e.Message); }
    }

    [System.Runtime.CompilerServices.InlineArray(4)]
    private struct FourValues
    {
        private object? _first;
    }

    private static object Relational(ReadOnlySpan<object?> args, Func<int, bool> test)
    {
        if (JsValue.IsNumber(args[0]) && JsValue.IsNumber(args[1])) return JsValue.Box(test(((double)args[0]!).CompareTo((double)args[1]!)));
        if (args[0] is string a && args[1] is string b) return JsValue.Box(test(string.CompareOrdinal(a, b)));
        throw new CardBindingException("operands must be comparable.");
    }

    private static EvalResult Empty(CallExpr call, EvaluationScope scope)
    {
        if (PathEvaluator.TryResolveElement(call.Args[0], scope, out var element))
        {
            // Read from the data without converting it (a string would be copied out only to test its length).
            return EvalResult.Ok(JsValue.Box(element.ValueKind switch
            {
                JsonValueKind.Null => true,
                JsonValueKind.String => element.ValueEquals(ReadOnlySpan<byte>.Empty),
                JsonValueKind.Array => element.GetArrayLength() == 0,
                JsonValueKind.Object => !element.EnumerateObject().MoveNext(),
                _ => false,
            }));
        }
        var result = call.Args[0].Evaluate(scope, substitute: false);
        if (result.Error is not null) return EvalResult.Ok(JsValue.False);
        var value = result.Value;
        if (!JsValue.IsNullish(value) && value is not string && value is not JsonElement) return EvalResult.Ok(JsValue.False);
        return EvalResult.Ok(JsValue.Box(value switch
        {
            null or JsUndefined => true,
            string s => s.Length == 0,
            JsonElement { ValueKind: JsonValueKind.Array } array => array.GetArrayLength() == 0,
            JsonElement obj => !obj.EnumerateObject().Any(),
            _ => false,
        }));
    }

    private static EvalResult And(CallExpr call, EvaluationScope scope)
    {
        foreach (var child in call.Args)
        {
            var result = child.Evaluate(scope, substitute: false);
            if (result.Error is not null || !JsValue.IsLogicTrue(result.Value)) return EvalResult.Ok(JsValue.False);
        }
        return EvalResult.Ok(JsValue.True);
    }

    private static EvalResult Or(CallExpr call, EvaluationScope scope)
    {
        foreach (var child in call.Args)
        {
            var result = child.Evaluate(scope, substitute: false);
            if (result.Error is null && JsValue.IsLogicTrue(result.Value)) return EvalResult.Ok(JsValue.True);
        }
        return EvalResult.Ok(JsValue.False);
    }

    private static EvalResult Not(CallExpr call, EvaluationScope scope)
    {
        var result = call.Args[0].Evaluate(scope, substitute: false);
        return EvalResult.Ok(JsValue.Box(result.Error is not null || !JsValue.IsLogicTrue(result.Value)));
    }

    private static EvalResult If(CallExpr call, EvaluationScope scope, bool substitute)
    {
        var condition = call.Args[0].Evaluate(scope, substitute: false);
        var branch = condition.Error is null && JsValue.IsLogicTrue(condition.Value) ? call.Args[1] : call.Args[2];
        return branch.Evaluate(scope, substitute);
    }

    private static EvalResult Add(CallExpr call, EvaluationScope scope, bool substitute)
    {
        var args = new object?[call.Args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            var result = call.Args[i].Evaluate(scope, substitute);
            if (result.Error is not null) return result;
            if (result.Value is not string && result.Value is not JsUndefined && !JsValue.IsNumber(result.Value))
                return EvalResult.Fail($"{call.Args[i]} is neither a number nor string");
            args[i] = result.Value;
        }
        var soFar = args[0];
        for (var i = 1; i < args.Length; i++)
        {
            var (a, b) = (soFar, args[i]);
            if ((JsValue.IsNullish(a) && JsValue.IsNumber(b)) || (JsValue.IsNullish(b) && JsValue.IsNumber(a)))
                return EvalResult.Fail("Operator '+' or add cannot be applied to operands of type 'number' and null object.");
            if (JsValue.IsNumber(a) && JsValue.IsNumber(b)) soFar = (double)a! + (double)b!;
            else soFar = (JsValue.IsNullish(a) ? "" : JsValue.ToJsString(a)) + (JsValue.IsNullish(b) ? "" : JsValue.ToJsString(b));
        }
        return EvalResult.Ok(soFar);
    }

    private static EvalResult Count(CallExpr call, EvaluationScope scope, bool substitute)
    {
        if (PathEvaluator.TryResolveElement(call.Args[0], scope, out var element) && element.ValueKind == JsonValueKind.Array)
            return EvalResult.Ok(JsValue.Number(element.GetArrayLength()));
        var result = call.Args[0].Evaluate(scope, substitute);
        if (result.Error is not null) return result;
        return result.Value switch
        {
            string s => EvalResult.Ok(JsValue.Number(s.Length)),
            JsonElement { ValueKind: JsonValueKind.Array } array => EvalResult.Ok(JsValue.Number(array.GetArrayLength())),
            JsonElement obj => EvalResult.Ok(JsValue.Number(obj.EnumerateObject().Count())),
            null => EvalResult.Fail("Cannot convert undefined or null to object"),
            _ => EvalResult.Fail($"{call.Args[0]} must be a string, list, map or object."),
        };
    }

    private static EvalResult Length(CallExpr call, EvaluationScope scope, bool substitute)
    {
        var result = call.Args[0].Evaluate(scope, substitute);
        if (result.Error is not null) return result;
        return result.Value switch
        {
            string s => EvalResult.Ok((double)s.Length),
            JsUndefined => EvalResult.Ok(0d),
            _ => EvalResult.Fail($"{call.Args[0]} is neither a string nor a null object."),
        };
    }

    private static EvalResult Concat(CallExpr call, EvaluationScope scope, bool substitute)
    {
        var args = new object?[call.Args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            var result = call.Args[i].Evaluate(scope, substitute);
            if (result.Error is not null) return result;
            args[i] = result.Value;
        }
        return EvalResult.Ok(ConcatSequence(args));
    }

    /// <summary>adaptive-expressions' concat over already evaluated values (applySequence).</summary>
    public static object? ConcatSequence(object?[] args)
    {
        var soFar = args[0];
        for (var i = 1; i < args.Length; i++)
        {
            var (a, b) = (soFar, args[i]);
            if (JsValue.IsNullish(a) && JsValue.IsNullish(b)) soFar = JsUndefined.Value;
            else if (JsValue.IsNullish(a) && JsValue.IsArray(b)) soFar = b;
            else if (JsValue.IsNullish(b) && JsValue.IsArray(a)) soFar = a;
            else if (JsValue.IsArray(a) && JsValue.IsArray(b)) soFar = ConcatArrays((JsonElement)a!, (JsonElement)b!);
            else soFar = CommonStringify(a) + CommonStringify(b);
        }
        return soFar;
    }

    /// <summary>AEL's own evaluation of an interpolated string (used when substitution is off, as in $when).</summary>
    public static object? ConcatAll(Expr[] parts, EvaluationScope scope)
    {
        var args = new object?[parts.Length + 1];
        args[0] = "";
        for (var i = 0; i < parts.Length; i++)
        {
            var result = parts[i].Evaluate(scope, substitute: false);
            if (result.Error is not null) return JsUndefined.Value;
            args[i + 1] = result.Value;
        }
        return ConcatSequence(args);
    }

    private static JsonElement ConcatArrays(JsonElement a, JsonElement b)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var item in a.EnumerateArray()) item.WriteTo(writer);
            foreach (var item in b.EnumerateArray()) item.WriteTo(writer);
            writer.WriteEndArray();
        }
        return JsonDocument.Parse(buffer.WrittenMemory).RootElement.Clone();
    }

    public static string CommonStringify(object? value)
    {
        if (JsValue.IsNullish(value)) return "";
        if (value is JsonElement element)
        {
            var json = JsonSerializer.Serialize(element, StringifyOptions);
            return json.TrimStart('\'', '"').TrimEnd('\'', '"');
        }
        return JsValue.ToJsString(value);
    }

    private static readonly JsonSerializerOptions StringifyOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>FunctionUtils.commonEquals.</summary>
    public static bool CommonEquals(object? a, object? b)
    {
        if (JsValue.IsNullish(a) || JsValue.IsNullish(b)) return JsValue.IsNullish(a) && JsValue.IsNullish(b);
        if (a is JsonElement { ValueKind: JsonValueKind.Array } x && b is JsonElement { ValueKind: JsonValueKind.Array } y)
        {
            if (x.GetArrayLength() != y.GetArrayLength()) return false;
            for (var i = 0; i < x.GetArrayLength(); i++)
                if (!CommonEquals(JsValue.FromElement(x[i]), JsValue.FromElement(y[i]))) return false;
            return true;
        }
        if (a is JsonElement { ValueKind: JsonValueKind.Object } p && b is JsonElement { ValueKind: JsonValueKind.Object } q)
            return JsonElement.DeepEquals(p, q);
        if (a is double m && b is double n) return Math.Abs(m - n) < JsNumberEpsilon || m == n;
        return a switch
        {
            string s => b is string t && string.Equals(s, t, StringComparison.Ordinal),
            bool f => b is bool g && f == g,
            _ => false,
        };
    }

    private const double JsNumberEpsilon = 2.220446049250313e-16;
}

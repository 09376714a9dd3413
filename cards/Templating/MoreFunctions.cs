namespace CaseCoach.Cards.Templating;

/// <summary>FunctionUtils.evaluateChildren: children in order, stopping at the first error or failed verify.</summary>
internal static class Children
{
    public delegate string? Verify(object? value, Expr child, int position);

    public static (object?[] Args, string? Error) Evaluate(CallExpr call, EvaluationScope scope, bool substitute, Verify? verify = null)
    {
        var args = new object?[call.Args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            var result = call.Args[i].Evaluate(scope, substitute);
            if (result.Error is not null) return (args, result.Error);
            if (verify?.Invoke(result.Value, call.Args[i], i) is { } error) return (args, error);
            args[i] = result.Value;
        }
        return (args, null);
    }

    /// <summary>FunctionUtils.apply: evaluate, verify, run; a thrown binding error becomes the result's error.</summary>
    public static EvalResult Apply(CallExpr call, EvaluationScope scope, bool substitute, Func<object?[], EvalResult> func, Verify? verify = null)
    {
        var (args, error) = Evaluate(call, scope, substitute, verify);
        if (error is not null) return EvalResult.Fail(error);
        try { return func(args); }
        catch (CardBindingException e) when (e is not UnsupportedValueException) { return EvalResult.Fail(e.Message); }
    }

    public static string? Number(object? value, Expr child, int _) => JsValue.IsNumber(value) ? null : $"{child} is not a number.";

    public static string? StringOrUndefined(object? value, Expr child, int _) =>
        value is string or JsUndefined ? null : $"{child} is neither a string nor a null object.";

    public static string? String(object? value, Expr child, int _) => value is string ? null : $"{child} is not a string.";
}

/// <summary>
/// A value the official engine would answer for, but this binder does not port (a non-ISO date, a locale-specific
/// format): refused loudly, never swallowed into a "${...}" substitution that would differ silently.
/// </summary>
internal sealed class UnsupportedValueException(string message) : CardBindingException(message);

/// <summary>Dispatch for the functions beyond the core set in <see cref="ExpressionFunctions"/>.</summary>
internal static class MoreFunctions
{
    public static EvalResult Evaluate(CallExpr call, EvaluationScope scope, bool substitute) => call.Type switch
    {
        "-" or "*" or "/" or "^" or "%" or "min" or "max" or "round" or "floor" or "ceiling" or "abs" => MathFunctions.Evaluate(call, scope, substitute),
        "substring" or "toUpper" or "toLower" or "trim" or "replace" or "split" or "startsWith" or "endsWith"
            or "indexOf" or "lastIndexOf" => StringFunctions.Evaluate(call, scope, substitute),
        "first" or "last" or "join" or "contains" or "createArray" or "take" or "skip" or "where" or "select" or "foreach"
            => CollectionFunctions.Evaluate(call, scope, substitute),
        "string" or "int" or "float" or "json" or "coalesce" => ConversionFunctions.Evaluate(call, scope, substitute),
        "formatDateTime" or "addDays" or "addHours" or "addMinutes" or "dayOfWeek" or "dayOfMonth" or "month" or "year"
            => DateFunctions.Evaluate(call, scope, substitute),
        _ => EvalResult.Fail("Unknown function " + call.Type),
    };
}

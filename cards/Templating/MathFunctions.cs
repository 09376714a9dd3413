using System.Text.Json;

namespace CaseCoach.Cards.Templating;

/// <summary>Ports of subtract, multiply, divide, power, mod, min, max, round, floor, ceiling and abs.</summary>
internal static class MathFunctions
{
    public static EvalResult Evaluate(CallExpr call, EvaluationScope scope, bool substitute) => call.Type switch
    {
        "-" => Sequence(call, scope, substitute, (a, b) => a - b, Children.Number),
        "*" => Sequence(call, scope, substitute, (a, b) => a * b, Children.Number),
        "/" => Sequence(call, scope, substitute, Divide, (v, child, pos) =>
            Children.Number(v, child, pos) ?? (pos > 0 && (double)v! == 0 ? $"Cannot divide by 0 from {child}" : null)),
        "^" => Sequence(call, scope, substitute, Math.Pow, Children.Number),
        "%" => Children.Apply(call, scope, substitute, args => (double)args[1]! == 0
            ? EvalResult.Fail("Cannot mod by 0.")
            : EvalResult.Ok((double)args[0]! % (double)args[1]!), (v, child, _) => JsValue.IsInteger(v) ? null : $"{child} is not a integer."),
        "min" => Children.Apply(call, scope, substitute, args => EvalResult.Ok(Fold(args, double.PositiveInfinity, Math.Min)), NumberOrNumericList),
        "max" => Children.Apply(call, scope, substitute, args => EvalResult.Ok(Fold(args, double.NegativeInfinity, Math.Max)), NumberOrNumericList),
        "round" => Children.Apply(call, scope, substitute, Round, Children.Number),
        "floor" => Children.Apply(call, scope, substitute, args => EvalResult.Ok(Math.Floor((double)args[0]!)), Children.Number),
        "ceiling" => Children.Apply(call, scope, substitute, args => EvalResult.Ok(Math.Ceiling((double)args[0]!)), Children.Number),
        _ => Children.Apply(call, scope, substitute, args => EvalResult.Ok(Math.Abs((double)args[0]!)), Children.Number),
    };

    /// <summary>Divide: integer operands give the floor, as adaptive-expressions does (7 / 2 is 3).</summary>
    private static double Divide(double a, double b) => JsValue.IsInteger(a) && JsValue.IsInteger(b) ? Math.Floor(a / b) : a / b;

    private static EvalResult Sequence(CallExpr call, EvaluationScope scope, bool substitute, Func<double, double, double> op, Children.Verify verify) =>
        Children.Apply(call, scope, substitute, args =>
        {
            var soFar = (double)args[0]!;
            for (var i = 1; i < args.Length; i++) soFar = op(soFar, (double)args[i]!);
            return EvalResult.Ok(soFar);
        }, verify);

    private static string? NumberOrNumericList(object? value, Expr child, int _)
    {
        if (JsValue.IsNumber(value)) return null;
        if (value is not JsonElement { ValueKind: JsonValueKind.Array } list) return $"{child} is neither a list nor a number.";
        foreach (var item in list.EnumerateArray())
            if (item.ValueKind != JsonValueKind.Number) return $"{JsValue.ToJsString(JsValue.FromElement(item) ?? "null")} is not a number in {child}.";
        return null;
    }

    private static double Fold(object?[] args, double seed, Func<double, double, double> op)
    {
        var result = seed;
        foreach (var arg in args)
        {
            if (arg is JsonElement list) foreach (var item in list.EnumerateArray()) result = op(result, item.GetDouble());
            else result = op(result, (double)arg!);
        }
        return result;
    }

    private static EvalResult Round(object?[] args)
    {
        if (args.Length == 2 && !JsValue.IsInteger(args[1])) return EvalResult.Fail($"The second parameter {JsValue.ToJsString(args[1])} must be an integer.");
        var digits = args.Length == 2 ? (double)args[1]! : 0;
        if (digits is < 0 or > 15) return EvalResult.Fail($"The second parameter {digits} must be an integer between 0 and 15;");
        var scale = Math.Pow(10, digits);
        return EvalResult.Ok(JsValue.MathRound((double)args[0]! * scale) / scale);
    }
}

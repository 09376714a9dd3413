using System.Globalization;

namespace CaseCoach.Cards.Templating;

/// <summary>Result of evaluating an expression, as adaptive-expressions returns it: a value or an error message.</summary>
internal readonly record struct EvalResult(object? Value, string? Error)
{
    public static EvalResult Ok(object? value) => new(value, null);
    public static EvalResult Fail(string error) => new(JsUndefined.Value, error);
}

/// <summary>
/// A parsed expression; node kinds and their text form mirror adaptive-expressions (Constant, Accessor, Element and
/// function nodes typed by their canonical name such as "==", "&amp;&amp;", "if", "count").
/// </summary>
internal abstract class Expr
{
    /// <param name="substitute">adaptive-expressions' nullSubstitution: an undefined path becomes the text "${path}".</param>
    public abstract EvalResult Evaluate(EvaluationScope scope, bool substitute);
}

internal sealed class ConstantExpr(object? value) : Expr
{
    public object? Value { get; } = value;

    public override EvalResult Evaluate(EvaluationScope scope, bool substitute) => EvalResult.Ok(Value);

    public override string ToString() => Value switch
    {
        null => "null",
        JsUndefined => "undefined",
        string s => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'",
        double d => JsValue.FormatNumber(d),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(Value, CultureInfo.InvariantCulture) ?? "",
    };
}

/// <summary>A property step: <c>name</c> or <c>instance.name</c>.</summary>
internal sealed class AccessorExpr(string property, Expr? instance) : Expr
{
    public string Property { get; } = property;
    public Expr? Instance { get; } = instance;

    /// <summary>The path text and its parts when every index is a constant, computed once: no allocation per bind.</summary>
    public StaticPath? Static { get; } = StaticPath.TryCreate(property, instance);

    public override EvalResult Evaluate(EvaluationScope scope, bool substitute) =>
        PathEvaluator.EvaluatePath(this, scope, substitute);

    public override string ToString() => Instance is null ? Property : Instance + "." + Property;
}

internal sealed record StaticPath(string Text, string[] Parts)
{
    public static StaticPath? TryCreate(string property, Expr? instance)
    {
        var path = property + ".";
        for (var left = instance; left is not null;)
        {
            if (left is AccessorExpr accessor) { path = accessor.Property + "." + path; left = accessor.Instance; }
            else if (left is ElementExpr { Index: ConstantExpr { Value: double d } } byNumber && !double.IsNaN(d))
            {
                path = "[" + JsValue.FormatNumber(d) + "]." + path;
                left = byNumber.Instance;
            }
            else if (left is ElementExpr { Index: ConstantExpr { Value: string s } } byName)
            {
                path = (double.IsNaN(JsValue.ParseIntPrefix(s)) ? "['" + s + "']." : "[" + s + "].") + path;
                left = byName.Instance;
            }
            else return null;
        }
        var text = path.TrimEnd('.').Replace(".[", "[", StringComparison.Ordinal);
        return new StaticPath(text, PathEvaluator.SplitPath(text));
    }
}

/// <summary>An index step: <c>instance[index]</c>.</summary>
internal sealed class ElementExpr(Expr instance, Expr index) : Expr
{
    public Expr Instance { get; } = instance;
    public Expr Index { get; } = index;

    public override EvalResult Evaluate(EvaluationScope scope, bool substitute) =>
        PathEvaluator.EvaluateElement(this, scope, substitute);

    public override string ToString() => Instance + "[" + Index + "]";
}

internal sealed class CallExpr(string type, Expr[] args) : Expr
{
    public string Type { get; } = type;
    public Expr[] Args { get; } = args;

    public override EvalResult Evaluate(EvaluationScope scope, bool substitute) =>
        ExpressionFunctions.Evaluate(this, scope, substitute);

    public override string ToString()
    {
        var infix = !char.IsAsciiLetter(Type[0]) && Args.Length >= 2;
        var separator = infix ? " " + Type + " " : ", ";
        return (infix ? "" : Type) + "(" + string.Join(separator, Args.Select(a => a.ToString())) + ")";
    }
}

/// <summary>An interpolated string "text ${expr} text": constant parts and expressions, evaluated to a string.</summary>
internal sealed class InterpolationExpr(Expr[] parts) : Expr
{
    public Expr[] Parts { get; } = parts;

    /// <summary>Each constant part as UTF-8, encoded once (null for expressions and for text UTF-8 cannot carry).</summary>
    public byte[]?[] Utf8Constants { get; } = [.. parts.Select(p => p is ConstantExpr { Value: string text } ? InterpolationWriter.Encode(text) : null)];

    [ThreadStatic] private static System.Text.StringBuilder? t_builder;

    /// <summary>Mirrors adaptivecards-templating: each part evaluated alone, a failing part kept as "${part}".</summary>
    public override EvalResult Evaluate(EvaluationScope scope, bool substitute)
    {
        if (!substitute) return EvalResult.Ok(ExpressionFunctions.ConcatAll(Parts, scope));
        var builder = t_builder ??= new System.Text.StringBuilder(256);
        builder.Clear();
        foreach (var part in Parts)
        {
            if (part is ConstantExpr { Value: string text })
            {
                builder.Append(text);
                continue;
            }
            var result = part.Evaluate(scope, substitute: true);
            builder.Append(result.Error is null ? JsValue.ToJsString(result.Value) : "${" + part + "}");
        }
        return EvalResult.Ok(builder.ToString());
    }
}

namespace CaseCoach.Cards.Templating;

/// <summary>adaptive-expressions' ReturnType flags, used for the parse-time checks its validators make.</summary>
[Flags]
internal enum ReturnType { Boolean = 1, Number = 2, Object = 4, String = 8, Array = 16, Any = Object }

/// <summary>
/// One function: its arity and argument types as its adaptive-expressions validator checks them at parse time
/// (validateOrder / validateArityAndAnyType), and what it returns. Args[i] applies to argument i (the last repeats).
/// </summary>
internal sealed record FunctionSpec(int Min, int Max, ReturnType Returns, params ReturnType[] Args);

/// <summary>
/// The functions the binder implements, keyed by canonical type, with the aliases the JS function table adds
/// (add, sub, mul, div, exp, mod, and, or, not, equals, less...). A name outside this table is refused at load:
/// the official engine would fail on it at bind time ("Unknown function"), or it is one this binder does not port.
/// </summary>
internal static class FunctionTable
{
    private const ReturnType S = ReturnType.String, N = ReturnType.Number, B = ReturnType.Boolean, O = ReturnType.Object, A = ReturnType.Array;
    private const int Many = int.MaxValue;

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["add"] = "+", ["sub"] = "-", ["mul"] = "*", ["div"] = "/", ["exp"] = "^", ["mod"] = "%",
        ["and"] = "&&", ["or"] = "||", ["not"] = "!", ["equals"] = "==",
        ["less"] = "<", ["lessOrEquals"] = "<=", ["greater"] = ">", ["greaterOrEquals"] = ">=",
    };

    public static readonly IReadOnlyDictionary<string, FunctionSpec> Specs = new Dictionary<string, FunctionSpec>(StringComparer.Ordinal)
    {
        ["+"] = new(2, Many, S | N, S | N), ["-"] = new(2, Many, N, N), ["*"] = new(2, Many, N, N), ["/"] = new(2, Many, N, N),
        ["^"] = new(2, Many, N, N), ["%"] = new(2, 2, N, N),
        ["=="] = new(2, 2, B, O), ["!="] = new(2, 2, B, O), ["<"] = new(2, 2, B, O), ["<="] = new(2, 2, B, O),
        [">"] = new(2, 2, B, O), [">="] = new(2, 2, B, O), ["&&"] = new(1, Many, B, O), ["||"] = new(1, Many, B, O),
        ["!"] = new(1, 1, B, O), ["if"] = new(3, 3, O, O), ["coalesce"] = new(1, Many, O, O), ["exists"] = new(1, 1, B, O),
        ["empty"] = new(1, 1, B, O), ["concat"] = new(1, Many, S | A, O),
        ["count"] = new(1, 1, N, S | A), ["length"] = new(1, 1, N, S), ["substring"] = new(2, 3, S, S, N, N),
        ["toUpper"] = new(1, 1, S, S), ["toLower"] = new(1, 1, S, S), ["trim"] = new(1, 1, S, S),
        ["replace"] = new(3, 3, S, S), ["split"] = new(1, 2, A, S), ["startsWith"] = new(2, 2, B, S),
        ["endsWith"] = new(2, 2, B, S), ["indexOf"] = new(2, 2, N, S | A, O), ["lastIndexOf"] = new(2, 2, N, S | A, O),
        ["first"] = new(1, 1, O, O), ["last"] = new(1, 1, O, O), ["join"] = new(2, 3, S, A, S, S),
        ["contains"] = new(2, 2, B, O), ["createArray"] = new(0, Many, A, O), ["take"] = new(2, 2, A | S, A | S, N),
        ["skip"] = new(2, 2, A, A, N), ["where"] = new(3, 3, A, O), ["select"] = new(3, 3, A, O), ["foreach"] = new(3, 3, A, O),
        ["string"] = new(1, 1, S, O), ["int"] = new(1, 1, N, O), ["float"] = new(1, 1, N, O), ["bool"] = new(1, 1, B, O),
        ["json"] = new(1, 1, O, S), ["min"] = new(1, Many, N, O), ["max"] = new(1, Many, N, O),
        ["round"] = new(1, 2, N, N), ["floor"] = new(1, 1, N, N), ["ceiling"] = new(1, 1, N, N), ["abs"] = new(1, 1, N, N),
        ["formatDateTime"] = new(1, 2, S, S), ["addDays"] = new(2, 3, S, S, N, S), ["addHours"] = new(2, 3, S, S, N, S),
        ["addMinutes"] = new(2, 3, S, S, N, S), ["dayOfWeek"] = new(1, 1, N, S), ["dayOfMonth"] = new(1, 1, N, S),
        ["month"] = new(1, 1, N, S), ["year"] = new(1, 1, N, S),
    };

    public static string Canonical(string name)
    {
        var type = Aliases.GetValueOrDefault(name, name);
        if (!Specs.ContainsKey(type) || !char.IsAsciiLetter(name[0])) throw new FormatException($"unsupported function '{name}'");
        return type;
    }

    public static bool TakesLambda(string name) => name is "where" or "select" or "foreach";

    /// <summary>The parse-time checks of the JS validators, over the whole tree (the JS parser validates each node).</summary>
    public static void Validate(Expr expr)
    {
        if (expr is AccessorExpr { Instance: { } instance })
        {
            Validate(instance);
            if ((ReturnTypeOf(instance) & O) == 0) throw new FormatException($"{expr} must have an object as its second argument.");
        }
        if (expr is ElementExpr element) { Validate(element.Instance); Validate(element.Index); }
        if (expr is not CallExpr call) return;
        foreach (var arg in call.Args) Validate(arg);
        var spec = Specs[call.Type];
        if (call.Args.Length < spec.Min || call.Args.Length > spec.Max)
            throw new FormatException($"{call} should have between {spec.Min} and {spec.Max} arguments.");
        if (TakesLambda(call.Type) && call.Args[1] is not AccessorExpr { Instance: null })
            throw new FormatException($"Second parameter is not an identifier : {call.Args[1]}");
        for (var i = 0; i < call.Args.Length; i++)
        {
            var wanted = spec.Args[Math.Min(i, spec.Args.Length - 1)];
            var actual = ReturnTypeOf(call.Args[i]);
            if ((wanted & O) == 0 && (actual & O) == 0 && (wanted & actual) == 0)
                throw new FormatException($"{call.Args[i]} is not a {wanted} expression in {call}.");
        }
    }

    private static ReturnType ReturnTypeOf(Expr expr) => expr switch
    {
        ConstantExpr { Value: string } => S,
        ConstantExpr { Value: bool } => B,
        ConstantExpr { Value: double d } when !double.IsNaN(d) => N,
        CallExpr call => Specs[call.Type].Returns,
        _ => O,
    };
}

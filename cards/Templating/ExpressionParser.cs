namespace CaseCoach.Cards.Templating;

/// <summary>
/// Recursive-descent parser for the Adaptive Expressions grammar (ExpressionAntlrParser.g4). Precedence, lowest first:
/// ?: (right), ??, ||, &amp;&amp;, &lt; &lt;= &gt; &gt;=, &amp;, == !=, + -, * / %, ^ (right), unary ! - +.
/// Anything the official parser rejects, or that this binder does not implement, fails with
/// <see cref="FormatException"/> naming the construct, so a template is refused at load instead of bound wrongly.
/// </summary>
internal sealed class ExpressionParser
{
    private readonly string _text;
    private readonly List<Token> _tokens;
    private int _next;

    private ExpressionParser(string text)
    {
        _text = text;
        _tokens = ExpressionLexer.Tokenize(text);
    }

    public static Expr Parse(string text)
    {
        var parser = new ExpressionParser(text);
        if (parser.Peek.Kind == TokenKind.End) throw new FormatException($"empty expression in '{text}'");
        var expr = parser.ParseTernary();
        if (parser.Peek.Kind != TokenKind.End) throw new FormatException($"unexpected '{text[parser.Peek.Position..]}' in expression '{text}'");
        FunctionTable.Validate(expr);
        return expr;
    }

    /// <inheritdoc cref="InterpolationParser.Parse"/>
    public static Expr ParseInterpolated(string value) => InterpolationParser.Parse(value);

    private Token Peek => _tokens[_next];

    private bool Accept(string symbol)
    {
        if (Peek.Kind != TokenKind.Symbol || Peek.Text != symbol) return false;
        _next++;
        return true;
    }

    private void Expect(string symbol)
    {
        if (!Accept(symbol)) throw new FormatException($"expected '{symbol}' in '{_text}'");
    }

    private Expr ParseTernary()
    {
        var condition = ParseBinary(0);
        if (!Accept("?")) return condition;
        var whenTrue = ParseTernary();
        Expect(":");
        var whenFalse = ParseTernary();
        return new CallExpr("if", [condition, whenTrue, whenFalse]);
    }

    // Operator -> canonical evaluator type, as the function table maps them ("&" is concat, "??" is coalesce).
    private static readonly (string Op, string Type)[][] Levels =
    [
        [("??", "coalesce")], [("||", "||")], [("&&", "&&")], [("<=", "<="), (">=", ">="), ("<", "<"), (">", ">")],
        [("&", "concat")], [("==", "=="), ("!=", "!=")], [("+", "+"), ("-", "-")], [("*", "*"), ("/", "/"), ("%", "%")],
    ];

    private Expr ParseBinary(int level)
    {
        if (level == Levels.Length) return ParsePower();
        var left = ParseBinary(level + 1);
        while (true)
        {
            if (Peek is { Kind: TokenKind.Symbol, Text: "<>" }) throw new FormatException($"'<>' has no evaluator (use '!=') in '{_text}'");
            var match = Array.FindIndex(Levels[level], o => Peek.Kind == TokenKind.Symbol && Peek.Text == o.Op);
            if (match < 0) return left;
            _next++;
            left = new CallExpr(Levels[level][match].Type, [left, ParseBinary(level + 1)]);
        }
    }

    private Expr ParsePower()
    {
        var left = ParseUnary();
        return Accept("^") ? new CallExpr("^", [left, ParsePower()]) : left;
    }

    private Expr ParseUnary()
    {
        if (Accept("!")) return new CallExpr("!", [ParseUnary()]);
        // visitUnaryOpExp: -x and +x are 0 - x and 0 + x, and print so in error texts.
        if (Accept("-")) return new CallExpr("-", [new ConstantExpr(0d), ParseUnary()]);
        if (Accept("+")) return new CallExpr("+", [new ConstantExpr(0d), ParseUnary()]);
        return ParsePostfix(ParsePrimary());
    }

    private Expr ParsePostfix(Expr expr)
    {
        while (true)
        {
            if (Accept("."))
            {
                if (Peek.Kind != TokenKind.Identifier) throw new FormatException($"expected a name after '.' in '{_text}'");
                expr = new AccessorExpr(_tokens[_next++].Text, expr);
            }
            else if (Accept("["))
            {
                var index = ParseTernary();
                Expect("]");
                expr = new ElementExpr(expr, index);
            }
            else if (Peek is { Kind: TokenKind.Symbol, Text: "(" }) throw new FormatException($"only a plain function name may be called in '{_text}'");
            else return expr;
        }
    }

    private Expr ParsePrimary()
    {
        var token = _tokens[_next++];
        switch (token.Kind)
        {
            case TokenKind.Number: return new ConstantExpr(token.Number);
            case TokenKind.String: return new ConstantExpr(token.Text);
            case TokenKind.End: throw new FormatException($"expression ends early: '{_text}'");
            case TokenKind.Symbol when token.Text == "(":
                var inner = ParseTernary();
                Expect(")");
                return inner;
            case TokenKind.Symbol when token.Text == "[":
                return new CallExpr("createArray", ParseArguments("]", allowLambda: false));
            case TokenKind.Symbol:
                throw new FormatException($"unsupported '{token.Text}' in '{_text}'");
        }
        var name = token.Text;
        if (Accept("(")) return new CallExpr(FunctionTable.Canonical(name), ParseArguments(")", FunctionTable.TakesLambda(name)));
        return name switch
        {
            "true" => new ConstantExpr(JsValue.True),
            "false" => new ConstantExpr(JsValue.False),
            "null" => new ConstantExpr(null),
            "undefined" => new ConstantExpr(JsUndefined.Value),
            _ when name[0] is '$' && name is not ("$root" or "$data" or "$index") =>
                throw new FormatException($"unsupported name '{name}' (use $root, $data or $index)"),
            _ when name[0] is '%' or '#' or '@' => throw new FormatException($"unsupported name '{name}'"),
            _ => new AccessorExpr(name, null),
        };
    }

    /// <summary>argsList: expressions, where a lambda "x => body" becomes two arguments (x and body), as in AEL.</summary>
    private Expr[] ParseArguments(string close, bool allowLambda)
    {
        var args = new List<Expr>();
        if (Accept(close)) return [];
        do
        {
            if (allowLambda && Peek.Kind == TokenKind.Identifier && _tokens[_next + 1] is { Kind: TokenKind.Symbol, Text: "=>" })
            {
                args.Add(new AccessorExpr(_tokens[_next].Text, null));
                _next += 2;
            }
            args.Add(ParseTernary());
        }
        while (Accept(","));
        Expect(close);
        return [.. args];
    }
}

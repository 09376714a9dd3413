using System.Globalization;
using System.Text;

namespace CaseCoach.Cards.Templating;

/// <summary>
/// Recursive-descent parser for the subset of the Adaptive Expressions grammar our templates use. Precedence follows
/// ExpressionAntlrParser.g4: unary ! &gt; + &gt; == != &gt; &lt; &lt;= &gt; &gt;= &gt; &amp;&amp; &gt; || &gt; ?: .
/// Anything outside the subset fails with <see cref="FormatException"/> naming the construct.
/// </summary>
internal sealed class ExpressionParser
{
    private readonly string _text;
    private int _pos;

    private ExpressionParser(string text) => _text = text;

    public static Expr Parse(string text)
    {
        var parser = new ExpressionParser(text);
        var expr = parser.ParseTernary();
        parser.SkipSpace();
        if (parser._pos < text.Length) throw new FormatException($"unexpected '{text[parser._pos..]}' in expression '{text}'");
        return expr;
    }

    /// <summary>
    /// Splits "text ${expr} text" into parts. Returns a bare <see cref="Expr"/> for a string that is exactly one
    /// non-constant expression (so it keeps its JSON type), an <see cref="InterpolationExpr"/> otherwise.
    /// </summary>
    public static Expr ParseInterpolated(string value)
    {
        if (value.Contains('`') || value.Contains('\\'))
            throw new FormatException("a string with ${...} must not contain ` or \\ (the templating language treats them as escapes)");
        var parts = new List<Expr>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] == '$' && i + 1 < value.Length && value[i + 1] == '{')
            {
                var end = FindClosingBrace(value, i + 2);
                if (literal.Length > 0) parts.Add(new ConstantExpr(literal.ToString()));
                literal.Clear();
                parts.Add(Parse(value[(i + 2)..end]));
                i = end + 1;
            }
            else literal.Append(value[i++]);
        }
        if (literal.Length > 0) parts.Add(new ConstantExpr(literal.ToString()));
        if (parts is [CallExpr { Type: "concat" } concat])
        {
            // adaptivecards-templating evaluates any top-level Concat node with its own interpolation loop, so a
            // whole-string concat(...) joins each argument's toString() rather than running AEL's concat.
            return new InterpolationExpr(concat.Args);
        }
        return parts is [var single] && single is not ConstantExpr ? single : new InterpolationExpr([.. parts]);
    }

    private static int FindClosingBrace(string value, int start)
    {
        char? quote = null;
        for (var i = start; i < value.Length; i++)
        {
            var c = value[i];
            if (quote is not null) { if (c == quote) quote = null; continue; }
            if (c is '\'' or '"') quote = c;
            else if (c == '}') return i;
            else if (c is '{' or '\n' or '\r') throw new FormatException($"unsupported '{(c == '{' ? "{" : "line break")}' inside ${{...}} in '{value}'");
        }
        throw new FormatException($"unclosed ${{ in '{value}'");
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

    private static readonly string[][] Levels =
    [
        ["||"], ["&&"], ["<=", ">=", "<", ">"], ["==", "!="], ["+"],
    ];

    private Expr ParseBinary(int level)
    {
        if (level == Levels.Length) return ParseUnary();
        var left = ParseBinary(level + 1);
        while (true)
        {
            var op = Levels[level].FirstOrDefault(o => Peek(o) && !(o == "<" && Peek("<>")));
            if (op is null) return left;
            _pos += op.Length;
            var right = ParseBinary(level + 1);
            left = new CallExpr(op, [left, right]);
        }
    }

    private Expr ParseUnary()
    {
        SkipSpace();
        if (Peek("!") && !Peek("!=")) { _pos++; return new CallExpr("!", [ParseUnary()]); }
        if (Peek("-") || Peek("*") || Peek("/") || Peek("%") || Peek("^") || Peek("&"))
            throw new FormatException($"unsupported operator '{_text[_pos]}' in '{_text}'");
        return ParsePostfix(ParsePrimary());
    }

    private Expr ParsePostfix(Expr expr)
    {
        while (true)
        {
            SkipSpace();
            if (Accept("."))
            {
                SkipSpace();
                expr = new AccessorExpr(ReadIdentifier(), expr);
            }
            else if (Accept("["))
            {
                var index = ParseTernary();
                Expect("]");
                expr = new ElementExpr(expr, index);
            }
            else return expr;
        }
    }

    private Expr ParsePrimary()
    {
        SkipSpace();
        if (_pos >= _text.Length) throw new FormatException($"expression ends early: '{_text}'");
        var c = _text[_pos];
        if (c == '(') { _pos++; var inner = ParseTernary(); Expect(")"); return inner; }
        if (c is '\'' or '"') return new ConstantExpr(ReadString(c));
        if (char.IsAsciiDigit(c)) return new ConstantExpr(ReadNumber());
        if (c is '[' or '{' or '`') throw new FormatException($"unsupported literal '{c}' in '{_text}'");
        var name = ReadIdentifier();
        SkipSpace();
        if (Accept("("))
        {
            if (!ExpressionFunctions.Names.TryGetValue(name, out var type) || !char.IsAsciiLetter(name[0]))
                throw new FormatException($"unsupported function '{name}'");
            var args = new List<Expr>();
            SkipSpace();
            if (!Accept(")"))
            {
                do args.Add(ParseTernary()); while (Accept(","));
                Expect(")");
            }
            CheckArity(name, type, args.Count);
            return new CallExpr(type, [.. args]);
        }
        return name switch
        {
            "true" => new ConstantExpr(JsValue.True),
            "false" => new ConstantExpr(JsValue.False),
            "null" => new ConstantExpr(null),
            "undefined" => new ConstantExpr(JsUndefined.Value),
            _ when name.StartsWith('$') && name is not ("$root" or "$data" or "$index") =>
                throw new FormatException($"unsupported name '{name}' (use $root, $data or $index)"),
            _ => new AccessorExpr(name, null),
        };
    }

    private static void CheckArity(string name, string type, int count)
    {
        var ok = type switch
        {
            "if" => count == 3,
            "!" or "count" or "length" or "empty" => count == 1,
            "==" or "!=" or "<" or "<=" or ">" or ">=" => count == 2,
            "+" => count >= 2,
            _ => count >= 1,
        };
        if (!ok) throw new FormatException($"function '{name}' given {count} arguments");
    }

    private string ReadIdentifier()
    {
        // AEL identifiers: a letter, _, $, @ or # first, then letters, digits, - and _.
        var start = _pos;
        if (_pos < _text.Length && (char.IsLetter(_text[_pos]) || _text[_pos] is '_' or '$' or '@' or '#')) _pos++;
        else throw new FormatException($"unexpected '{(_pos < _text.Length ? _text[_pos..] : "end")}' in '{_text}'");
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '-')) _pos++;
        return _text[start.._pos];
    }

    private string ReadString(char quote)
    {
        var end = _text.IndexOf(quote, _pos + 1);
        if (end < 0) throw new FormatException($"unclosed string in '{_text}'");
        var value = _text[(_pos + 1)..end];
        _pos = end + 1;
        return value;
    }

    private double ReadNumber()
    {
        var start = _pos;
        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
        if (_pos + 1 < _text.Length && _text[_pos] == '.' && char.IsAsciiDigit(_text[_pos + 1]))
        {
            _pos++;
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos])) _pos++;
        }
        return double.Parse(_text[start.._pos], CultureInfo.InvariantCulture);
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private bool Peek(string token)
    {
        SkipSpace();
        return string.CompareOrdinal(_text, _pos, token, 0, token.Length) == 0;
    }

    private bool Accept(string token)
    {
        if (!Peek(token)) return false;
        _pos += token.Length;
        return true;
    }

    private void Expect(string token)
    {
        if (!Accept(token)) throw new FormatException($"expected '{token}' in '{_text}'");
    }
}

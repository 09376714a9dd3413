using System.Text;

namespace CaseCoach.Cards.Templating;

/// <summary>
/// A template string as adaptivecards-templating reads it: wrapped in backticks and lexed in AEL's
/// STRING_INTERPOLATION_MODE. "\`" and "\$" are escapes (so "\${x}" is the literal text "${x}"); any other "\x" stays
/// as written; an unescaped backtick or a trailing backslash is a syntax error; "${" with no closing "}" is text.
/// </summary>
internal static class InterpolationParser
{
    /// <summary>
    /// Returns a bare <see cref="Expr"/> for a string that is exactly one non-constant expression (so it keeps its
    /// JSON type), an <see cref="InterpolationExpr"/> otherwise.
    /// </summary>
    public static Expr Parse(string value)
    {
        var parts = new List<Expr>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < value.Length)
        {
            var c = value[i];
            if (c == '\\')
            {
                if (i + 1 >= value.Length) throw new FormatException($"a string may not end with \\ (it escapes the closing quote) in '{value}'");
                var next = value[i + 1];
                if (next is '\r' or '\n') literal.Append('\\');
                else
                {
                    literal.Append(next is '`' or '$' ? next.ToString() : "\\" + next);
                    i++;
                }
                i++;
            }
            else if (c == '`') throw new FormatException($"an unescaped ` ends the template string early (write \\`) in '{value}'");
            else if (c == '$' && i + 1 < value.Length && value[i + 1] == '{' && FindClosingBrace(value, i + 2) is var end and > 0)
            {
                if (literal.Length > 0) parts.Add(new ConstantExpr(literal.ToString()));
                literal.Clear();
                parts.Add(ExpressionParser.Parse(value[(i + 2)..end].Trim()));
                i = end + 1;
            }
            else literal.Append(value[i++]);
        }
        if (literal.Length > 0) parts.Add(new ConstantExpr(literal.ToString()));
        if (parts is [CallExpr { Type: "concat" } concat])
        {
            // adaptivecards-templating evaluates any top-level Concat node with its own interpolation loop, so a
            // whole-string concat(...) or a & b joins each argument's toString() rather than running AEL's concat.
            return new InterpolationExpr(concat.Args);
        }
        return parts is [var single] && single is not ConstantExpr ? single : new InterpolationExpr([.. parts]);
    }

    /// <summary>The TEMPLATE token: "${" then strings, nested {...} or anything but line breaks, braces, quotes and `.</summary>
    private static int FindClosingBrace(string value, int start)
    {
        var depth = 0;
        for (var i = start; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '\'' or '"')
            {
                var close = i + 1;
                while (close < value.Length && value[close] != c) close += value[close] == '\\' ? 2 : 1;
                if (close >= value.Length) return -1;
                i = close;
            }
            else if (c == '{') depth++;
            else if (c == '}' && depth > 0) depth--;
            else if (c == '}') return i == start ? -1 : i;
            else if (c is '\r' or '\n' or '`') return -1;
        }
        return -1;
    }
}

namespace CaseCoach.Cards.Templating;

internal enum TokenKind { End, Number, String, Identifier, Symbol }

internal readonly record struct Token(TokenKind Kind, string Text, int Position, double Number = 0);

/// <summary>
/// The default mode of ExpressionAntlrLexer.g4 (adaptive-expressions 4.23): identifiers are ASCII letters, _ # @ $ %
/// first, then letters, digits and _ (no '-': "total-1" is a subtraction, as in the official engine); numbers are
/// digits with an optional ".digits"; strings in ' or " with \' \" \\ \n \r \t escapes. Longest symbol wins.
/// </summary>
internal static class ExpressionLexer
{
    private static readonly string[] Symbols =
        ["==", "!=", "<>", "<=", ">=", "&&", "||", "??", "=>", "+", "-", "*", "/", "%", "^", "!", "<", ">", "&",
         "(", ")", "[", "]", "{", "}", ",", ":", ".", "?"];

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\ufeff' or '\u00a0') { i++; continue; }
            if (c is '\r' or '\n') throw new FormatException($"a line break inside ${{...}} in '{text}'");
            var start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
                    for (i++; i < text.Length && char.IsAsciiDigit(text[i]); i++) { }
                tokens.Add(new(TokenKind.Number, text[start..i], start,
                    double.Parse(text[start..i], System.Globalization.CultureInfo.InvariantCulture)));
            }
            else if (c is '\'' or '"') tokens.Add(new(TokenKind.String, ReadString(text, ref i), start));
            else if (IsIdentifierStart(text, i))
            {
                i += text[i] == '@' && i + 1 < text.Length && text[i + 1] == '@' ? 2 : 1;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_')) i++;
                tokens.Add(new(TokenKind.Identifier, text[start..i], start));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(text, i, s, 0, s.Length) == 0)
                    ?? throw new FormatException($"unexpected '{c}' in expression '{text}'");
                i += symbol.Length;
                tokens.Add(new(TokenKind.Symbol, symbol, start));
            }
        }
        tokens.Add(new(TokenKind.End, "", text.Length));
        return tokens;
    }

    /// <summary>'%', '#' and '@' start an identifier only when a name character follows ("a % 3" is modulo).</summary>
    private static bool IsIdentifierStart(string text, int i)
    {
        var c = text[i];
        if (char.IsAsciiLetter(c) || c is '_' or '$') return true;
        if (c is not ('%' or '#' or '@')) return false;
        return i + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] is '_' or '@');
    }

    /// <summary>visitStringAtom: the quote escape first, then evalEscape (\r \n \t \\; any other \x stays as is).</summary>
    private static string ReadString(string text, ref int i)
    {
        var quote = text[i];
        var builder = new System.Text.StringBuilder();
        for (i++; i < text.Length; i++)
        {
            var c = text[i];
            if (c == quote) { i++; return builder.ToString(); }
            if (c == '\\' && i + 1 < text.Length)
            {
                var next = text[++i];
                builder.Append(next switch
                {
                    'r' => "\r", 'n' => "\n", 't' => "\t", '\\' => "\\",
                    _ when next == quote => next.ToString(),
                    _ => "\\" + next,
                });
                continue;
            }
            builder.Append(c);
        }
        throw new FormatException($"unclosed string in '{text}'");
    }
}

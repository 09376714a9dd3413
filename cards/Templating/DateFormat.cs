using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CaseCoach.Cards.Templating;

/// <summary>
/// formatDateTime's two steps, ported: adaptive-expressions' convertCSharpDateTimeToDayjs (a C# custom format to a
/// Day.js one; if it throws, the C# text is used as the Day.js format unchanged), then Day.js 1.11 format() in UTC
/// under the "en" locale.
/// </summary>
internal static partial class DateFormat
{
    public const string Default = "YYYY-MM-DDTHH:mm:ss.SSS[Z]";

    public static string ToDayjs(string csharp)
    {
        if (csharp.Length == 0) return Default;
        try { return Convert(csharp); }
        catch (FormatException) { return csharp; }
    }

    private static readonly Dictionary<string, string> Tokens = new(StringComparer.Ordinal)
    {
        ["d"] = "D", ["dd"] = "DD", ["ddd"] = "ddd", ["dddd"] = "dddd", ["fff"] = "SSS", ["FFF"] = "SSS",
        ["h"] = "h", ["hh"] = "hh", ["H"] = "H", ["HH"] = "HH", ["m"] = "m", ["mm"] = "mm",
        ["M"] = "M", ["MM"] = "MM", ["MMM"] = "MMM", ["MMMM"] = "MMMM", ["s"] = "s", ["ss"] = "ss",
        ["t"] = "A", ["tt"] = "A", ["y"] = "YY", ["yy"] = "YY", ["yyy"] = "YYYY", ["yyyy"] = "YYYY",
        ["z"] = "ZZ", ["zz"] = "ZZ", ["zzz"] = "Z",
    };

    private static readonly Dictionary<char, int> MaxRun = new() { ['d'] = 4, ['f'] = 3, ['F'] = 3, ['g'] = 1, ['h'] = 2, ['H'] = 2, ['m'] = 2, ['M'] = 4, ['s'] = 2, ['t'] = 2, ['y'] = 4, ['z'] = 3 };

    private static string Convert(string format)
    {
        if (format.Length == 1)
        {
            if (format is "R" or "r" or "U" or "u") throw new FormatException(format);
            if (format is "O" or "o") format = "YYYY-MM-DDTHH:mm:ss.SSS0000Z";
        }
        var result = new StringBuilder();
        for (var i = 0; i < format.Length;)
        {
            var c = format[i];
            if (MaxRun.TryGetValue(c, out var max))
            {
                var run = 1;
                while (i + run < format.Length && format[i + run] == c && run < max) run++;
                var token = new string(c, run);
                result.Append(Tokens.TryGetValue(token, out var mapped) ? mapped : throw new FormatException(token));
                i += run;
            }
            else if (c is '\'' or '`')
            {
                var close = format.IndexOf(c == '`' ? '`' : '\'', i + 1);
                if (close < 0) throw new FormatException("Invalid Format String");
                result.Append(format, i + 1, close - i - 1);
                i = close + 1;
            }
            else if (c == '\\')
            {
                if (i + 1 >= format.Length) throw new FormatException("Invalid Format String");
                result.Append(format[i + 1]);
                i += 2;
            }
            else
            {
                if (c == 'K') result.Append('Z');
                else if (c != '%') result.Append(c);
                i++;
            }
        }
        return result.ToString();
    }

    private static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Day.js format() of a UTC instant; tokens by REGEX_FORMAT, [text] kept literally.</summary>
    public static string Format(DateTime utc, string dayjs) => DayjsToken().Replace(dayjs, match => match.Value switch
    {
        ['[', ..] => match.Groups[1].Value,
        "YY" => (utc.Year % 100).ToString("00", CultureInfo.InvariantCulture),
        "YYYY" => utc.Year.ToString("0000", CultureInfo.InvariantCulture),
        "M" => utc.Month.ToString(CultureInfo.InvariantCulture),
        "MM" => utc.Month.ToString("00", CultureInfo.InvariantCulture),
        "MMM" => Months[utc.Month - 1][..3],
        "MMMM" => Months[utc.Month - 1],
        "D" => utc.Day.ToString(CultureInfo.InvariantCulture),
        "DD" => utc.Day.ToString("00", CultureInfo.InvariantCulture),
        "d" => ((int)utc.DayOfWeek).ToString(CultureInfo.InvariantCulture),
        "dd" => Weekdays[(int)utc.DayOfWeek][..2],
        "ddd" => Weekdays[(int)utc.DayOfWeek][..3],
        "dddd" => Weekdays[(int)utc.DayOfWeek],
        "H" => utc.Hour.ToString(CultureInfo.InvariantCulture),
        "HH" => utc.Hour.ToString("00", CultureInfo.InvariantCulture),
        "h" => (utc.Hour % 12 == 0 ? 12 : utc.Hour % 12).ToString(CultureInfo.InvariantCulture),
        "hh" => (utc.Hour % 12 == 0 ? 12 : utc.Hour % 12).ToString("00", CultureInfo.InvariantCulture),
        "a" => utc.Hour < 12 ? "am" : "pm",
        "A" => utc.Hour < 12 ? "AM" : "PM",
        "m" => utc.Minute.ToString(CultureInfo.InvariantCulture),
        "mm" => utc.Minute.ToString("00", CultureInfo.InvariantCulture),
        "s" => utc.Second.ToString(CultureInfo.InvariantCulture),
        "ss" => utc.Second.ToString("00", CultureInfo.InvariantCulture),
        "SSS" => utc.Millisecond.ToString("000", CultureInfo.InvariantCulture),
        "Z" => "+00:00",
        _ => "+0000",
    });

    [GeneratedRegex(@"\[([^\]]+)]|YYYY|YY|M{1,4}|D{1,2}|d{1,4}|H{1,2}|h{1,2}|a|A|m{1,2}|s{1,2}|Z{1,2}|SSS")]
    private static partial Regex DayjsToken();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseCoach.Cards.Templating;

/// <summary>
/// Ports of formatDateTime, addDays, addHours, addMinutes, dayOfWeek, dayOfMonth, month and year, all in UTC.
/// utcNow and the other clock-reading functions are left out on purpose: a card must bind the same every time.
/// </summary>
internal static partial class DateFunctions
{
    public static EvalResult Evaluate(CallExpr call, EvaluationScope scope, bool substitute) => call.Type switch
    {
        "formatDateTime" => Children.Apply(call, scope, substitute, FormatDateTime),
        // setDate(getDate() + n) and the like: the new field value is truncated to an integer, as Date's setters do.
        "addDays" => Add(call, scope, substitute, (t, n) => t.AddDays(Math.Truncate(t.Day + n) - t.Day)),
        "addHours" => Add(call, scope, substitute, (t, n) => t.AddHours(Math.Truncate(t.Hour + n) - t.Hour)),
        "addMinutes" => Add(call, scope, substitute, (t, n) => t.AddMinutes(Math.Truncate(t.Minute + n) - t.Minute)),
        "dayOfWeek" => Part(call, scope, substitute, t => (int)t.DayOfWeek),
        "dayOfMonth" => Part(call, scope, substitute, t => t.Day),
        "month" => Part(call, scope, substitute, t => t.Month),
        _ => Part(call, scope, substitute, t => t.Year),
    };

    /// <summary>formatDateTime takes any timestamp JavaScript's Date parses; this port takes the ISO 8601 forms.</summary>
    private static EvalResult FormatDateTime(object?[] args)
    {
        if (args[0] is not string text) return EvalResult.Fail("formatDateTime takes a timestamp string");
        var match = Lenient().Match(text);
        if (!match.Success)
            throw new UnsupportedValueException($"formatDateTime: '{text}' is not an ISO 8601 date or date-time (yyyy-MM-ddTHH:mm:ss.fffZ)");
        if (!DateTimeOffset.TryParse(match.Groups[4].Success ? text : text + "T00:00Z", CultureInfo.InvariantCulture,
                match.Groups[9].Success ? DateTimeStyles.None : DateTimeStyles.AssumeUniversal, out var parsed))
            throw new UnsupportedValueException($"formatDateTime: '{text}' is not a calendar date and time this binder reads");
        var format = args.Length == 2 && args[1] is string f ? DateFormat.ToDayjs(f) : DateFormat.Default;
        return EvalResult.Ok(DateFormat.Format(parsed.UtcDateTime, format));
    }

    private static EvalResult Add(CallExpr call, EvaluationScope scope, bool substitute, Func<DateTime, double, DateTime> add) =>
        Children.Apply(call, scope, substitute, args =>
        {
            if (args[0] is not string text || !JsValue.IsNumber(args[1]))
                return EvalResult.Fail($"{call} should contain an ISO format timestamp and a time interval integer.");
            if (VerifyIso(text) is { } error) return EvalResult.Fail(error);
            var format = args.Length == 3 && args[2] is string f ? DateFormat.ToDayjs(f) : DateFormat.Default;
            return EvalResult.Ok(DateFormat.Format(add(ParseIso(text), (double)args[1]!), format));
        });

    private static EvalResult Part(CallExpr call, EvaluationScope scope, bool substitute, Func<DateTime, int> part) =>
        Children.Apply(call, scope, substitute,
            args => VerifyIso((string)args[0]!) is { } error ? EvalResult.Fail(error) : EvalResult.Ok((double)part(ParseIso((string)args[0]!))),
            Children.String);

    /// <summary>verifyISOTimestamp: only the exact text Date.toISOString() writes is accepted.</summary>
    private static string? VerifyIso(string text) =>
        DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out _)
            ? null
            : $"{text} is not a ISO format datetime string.";

    private static DateTime ParseIso(string text) =>
        DateTime.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    // yyyy-MM-dd, optionally THH:mm[:ss[.f{1,3}]] and Z or ±HH:mm; without an offset the JS code reads it as UTC.
    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})(T(\d{2}):(\d{2})(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$")]
    private static partial Regex Lenient();
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseCoach.Core.Reports;

/// <summary>
/// R26: a reporting period, a calendar quarter ("2026Q4") or month ("2026-11"), as local dates of the jurisdiction;
/// <see cref="End"/> is exclusive. Parsing is strict so a malformed period is refused, never guessed.
/// </summary>
public sealed partial record ReportPeriod(DateOnly Start, DateOnly End, string Label)
{
    public const string QuarterFormat = "YYYYQn, e.g. 2026Q4";

    public bool IsQuarter => Label.Contains('Q');

    public static ReportPeriod Quarter(int year, int quarter)
    {
        if (quarter is < 1 or > 4) throw new ArgumentOutOfRangeException(nameof(quarter));
        var start = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return new ReportPeriod(start, start.AddMonths(3), $"{year}Q{quarter}");
    }

    public static ReportPeriod Month(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new ReportPeriod(start, start.AddMonths(1), start.ToString("yyyy-MM", CultureInfo.InvariantCulture));
    }

    public static ReportPeriod QuarterOf(DateOnly day) => Quarter(day.Year, (day.Month - 1) / 3 + 1);

    public static ReportPeriod MonthOf(DateOnly day) => Month(day.Year, day.Month);

    /// <summary>Years 2000-2099 only: anything else in a URL is a typo, and it bounds every loop over periods.</summary>
    public static bool TryParseQuarter(string? text, out ReportPeriod period)
    {
        period = null!;
        var match = text is null ? null : QuarterPattern().Match(text.Trim());
        if (match is not { Success: true }) return false;
        period = Quarter(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value[0] - '0');
        return true;
    }

    public static bool TryParseMonth(string? text, out ReportPeriod period)
    {
        period = null!;
        var match = text is null ? null : MonthPattern().Match(text.Trim());
        if (match is not { Success: true }) return false;
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return false;
        period = Month(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), month);
        return true;
    }

    public ReportPeriod PreviousQuarter() => QuarterOf(Start.AddMonths(-3));

    /// <summary>The months of the period, in order.</summary>
    public IEnumerable<ReportPeriod> Months()
    {
        for (var day = Start; day < End; day = day.AddMonths(1)) yield return MonthOf(day);
    }

    [GeneratedRegex(@"^(20\d{2})[Qq]([1-4])$")]
    private static partial Regex QuarterPattern();

    [GeneratedRegex(@"^(20\d{2})-(\d{2})$")]
    private static partial Regex MonthPattern();
}

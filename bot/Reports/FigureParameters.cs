using System.Globalization;
using System.Text.RegularExpressions;
using CaseCoach.Core.Reports;
using CaseCoach.Core.Reports.ReviewsBehind;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Bot.Reports;

/// <summary>
/// The query string of <c>/reports/reviews</c>, read strictly (anything malformed is a 400, never a guess), and the
/// links the report pages write to it: <c>?jurisdiction=KEY&amp;quarter=2026Q4[&amp;question=q3][&amp;unit=ID]
/// [&amp;reviewer=ID][&amp;answer=Yes|No|NotApplicable|NotEnoughInformation][&amp;month=2026-11][&amp;round=ID][&amp;page=N]</c>.
/// </summary>
public static partial class FigureParameters
{
    public const int MaxPage = 10_000;

    private static readonly Dictionary<string, Answer> Answers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Yes"] = Answer.Yes, ["No"] = Answer.No, ["NotApplicable"] = Answer.NotApplicable, ["NotEnoughInformation"] = Answer.NotEnoughInfo,
    };

    public static bool TryParse(ReportPeriod quarter, IQueryCollection query, out FigureFilter filter, out int page)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        ArgumentNullException.ThrowIfNull(query);
        filter = null!;
        page = 1;
        var period = quarter;
        string? Text(string key) => query.TryGetValue(key, out var v) ? v.ToString() : null;
        if (Text("question") is { } question && !QuestionPattern().IsMatch(question)) return false;
        if (!TryId(Text("unit"), out var unit) || !TryId(Text("reviewer"), out var reviewer) || !TryId(Text("round"), out var round)) return false;
        Answer? answer = null;
        if (Text("answer") is { } a)
        {
            if (!Answers.TryGetValue(a, out var parsed) || Text("question") is null) return false; // an answer is always to a question
            answer = parsed;
        }
        if (Text("month") is { } m && (!ReportPeriod.TryParseMonth(m, out period) || period.Start < quarter.Start || period.End > quarter.End)) return false;
        if (Text("page") is { } p && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page is < 1 or > MaxPage)) return false;
        filter = new FigureFilter(period, Text("question"), unit, reviewer, answer, round);
        return true;
    }

    /// <summary>The link to the reviews behind a figure of <paramref name="quarter"/>.</summary>
    public static string Link(string jurisdictionKey, ReportPeriod quarter, string? question = null, long? unit = null, long? reviewer = null,
        Answer? answer = null, ReportPeriod? month = null, long? round = null, int page = 1)
    {
        ArgumentNullException.ThrowIfNull(quarter);
        var link = $"/reports/reviews?jurisdiction={Uri.EscapeDataString(jurisdictionKey)}&quarter={quarter.Label}";
        if (question is not null) link += $"&question={Uri.EscapeDataString(question)}";
        if (unit is { } u) link += FormattableString.Invariant($"&unit={u}");
        if (reviewer is { } r) link += FormattableString.Invariant($"&reviewer={r}");
        if (answer is { } value) link += $"&answer={Answers.First(x => x.Value == value).Key}";
        if (month is not null) link += $"&month={month.Label}";
        if (round is { } id) link += FormattableString.Invariant($"&round={id}");
        if (page > 1) link += FormattableString.Invariant($"&page={page}");
        return link;
    }

    public static string Link(string jurisdictionKey, FigureFilter filter, ReportPeriod quarter, int page)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return Link(jurisdictionKey, quarter, filter.QuestionId, filter.UnitId, filter.ReviewerId, filter.Answer,
            filter.Period.IsQuarter ? null : filter.Period, filter.RoundId, page);
    }

    private static bool TryId(string? text, out long? id)
    {
        id = null;
        if (text is null) return true;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1) return false;
        id = value;
        return true;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,32}$")]
    private static partial Regex QuestionPattern();
}

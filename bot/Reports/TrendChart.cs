using CaseCoach.Core.Reports;

namespace CaseCoach.Bot.Reports;

/// <summary>
/// Inline SVG geometry for a trend line of Yes shares over quarters; drawn by Pages/Shared/_Trend.cshtml. A quarter
/// with no reviews has no point, so the line never dips to a false 0%.
/// </summary>
public sealed record TrendChart(string Title, IReadOnlyList<TrendChart.Point> Points)
{
    // Left leaves the axis labels clear of the first point's label; Top leaves room for a 100% label above its point.
    public const int Width = 560, Height = 220, Left = 64, Right = 40, Top = 28, Bottom = 32;

    /// <param name="Href">The reviews behind the point, or null where none are linked.</param>
    public sealed record Point(double X, double? Y, string Label, double? Share, string? Href = null);

    public string Polyline => string.Join(" ", Points.Where(p => p.Y is not null).Select(p => FormattableString.Invariant($"{p.X:0.#},{p.Y:0.#}")));

    public static double YFor(double share) => Top + (1 - share) * (Height - Top - Bottom);

    public static TrendChart Of(string title, IEnumerable<(ReportPeriod Quarter, double? Share)> values, Func<ReportPeriod, string>? link = null)
    {
        var list = values.ToList();
        var step = list.Count > 1 ? (Width - Left - Right) / (double)(list.Count - 1) : 0;
        return new TrendChart(title, list.Select((v, i) => new Point(Left + i * step, v.Share is { } s ? YFor(s) : null, v.Quarter.Label, v.Share,
            v.Share is null ? null : link?.Invoke(v.Quarter))).ToList());
    }
}

using CaseCoach.Core.Reports;

namespace CaseCoach.Bot.Reports;

/// <summary>
/// A trend line of Yes shares over quarters: drawn by ScottPlot (<see cref="TrendSvg"/>, into <see cref="Svg"/>), or,
/// should that fail, from this geometry by Pages/Shared/_Trend.cshtml. A quarter with no reviews has no point, so the
/// line never dips to a false 0%.
/// </summary>
public sealed record TrendChart(string Title, IReadOnlyList<TrendChart.Point> Points)
{
    /// <summary>The ScottPlot drawing, or null for the hand-drawn fallback.</summary>
    public string? Svg { get; init; }

    /// <summary>What a quarter without reviews says, in the drawing and in its accessible name.</summary>
    public const string NoReviews = "no reviews";

    /// <summary>The figures in words, for the image's accessible name: "Title: 2026Q1 no reviews, 2026Q3 100%".</summary>
    public string Description => $"{Title}: " + string.Join(", ", Points.Select(p => $"{p.Label} {(p.Share is null ? NoReviews : ReportFormat.Percent(p.Share))}"));

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

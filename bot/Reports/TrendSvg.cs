using System.Xml.Linq;
using ScottPlot;
using SkiaSharp;

namespace CaseCoach.Bot.Reports;

/// <summary>
/// Draws a trend with ScottPlot as inline SVG, server-side: no script to serve and no build step. Square markers
/// (Skia's SVG canvas cannot dash a line) and the percentage written at every point carry the meaning, not colour; a
/// quarter with no reviews has no point and says "no reviews". Any failure (native Skia library, fonts) falls back to
/// the hand-drawn SVG.
/// </summary>
/// <param name="render">Replaces ScottPlot in tests of the fallback; null draws with ScottPlot.</param>
public sealed class TrendSvg(ILogger<TrendSvg> logger, Func<TrendChart, string>? render = null)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The chart with its ScottPlot SVG, or unchanged (hand-drawn) when ScottPlot fails.</summary>
    public TrendChart Draw(TrendChart chart)
    {
        try { return chart with { Svg = (render ?? Render)(chart) }; }
        catch (Exception e)
        {
            logger.LogWarning(e, "ScottPlot could not draw the trend chart; the hand-drawn SVG is shown instead");
            return chart;
        }
    }

    public static string Render(TrendChart chart)
    {
        using var plot = new Plot();
        var font = SansFont();
        plot.Font.Set(font);
        var quarters = Enumerable.Range(0, chart.Points.Count).Select(i => (double)i).ToArray();
        var drawn = chart.Points.Select((p, i) => (X: (double)i, p.Share)).Where(p => p.Share is not null).ToArray();
        var line = plot.Add.Scatter(drawn.Select(p => p.X).ToArray(), drawn.Select(p => p.Share!.Value).ToArray(), Color.FromHex("#1f5fa8"));
        line.LineWidth = 2;
        line.MarkerShape = MarkerShape.FilledSquare;
        line.MarkerSize = 9;
        foreach (var (x, share) in drawn) Label(plot, font, ReportFormat.Percent(share), x, share!.Value, bold: true);
        foreach (var (p, i) in chart.Points.Select((p, i) => (p, i)).Where(t => t.p.Share is null)) Label(plot, font, TrendChart.NoReviews, i, 0.02, bold: false);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(quarters, chart.Points.Select(p => p.Label).ToArray());
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0, 0.5, 1], ["0%", "50%", "100%"]);
        plot.Axes.SetLimits(-0.4, chart.Points.Count - 0.6, 0, 1.18);
        plot.Grid.MajorLineColor = Color.FromHex("#e3e3e3");
        return Accessible(plot.GetSvgXml(TrendChart.Width, TrendChart.Height), chart);
    }

    /// <summary>
    /// A sans-serif font like the page's. ScottPlot's own Fonts.Sans picks DejaVu Serif on Debian; with none of these
    /// installed, its default (whatever the system has) is used.
    /// </summary>
    private static string SansFont() =>
        new[] { "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica" }.FirstOrDefault(name => SKFontManager.Default.MatchFamily(name)?.FamilyName == name)
        ?? Fonts.Default;

    private static void Label(Plot plot, string font, string text, double x, double y, bool bold)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontName = font;
        label.LabelFontSize = bold ? 13 : 12;
        label.LabelBold = bold;
        label.LabelFontColor = Colors.Black;
        label.LabelAlignment = Alignment.LowerCenter;
        label.OffsetY = -8;
    }

    /// <summary>An image to assistive technology, named with the figures (the drawing's text is not read out).</summary>
    private static string Accessible(string svgXml, TrendChart chart)
    {
        var svg = XDocument.Parse(svgXml).Root ?? throw new InvalidOperationException("ScottPlot returned no SVG element.");
        svg.SetAttributeValue("role", "img");
        svg.SetAttributeValue("aria-label", chart.Description);
        svg.AddFirst(new XElement(Svg + "title", chart.Description));
        return svg.ToString(SaveOptions.DisableFormatting);
    }
}

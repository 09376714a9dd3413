using System.Xml.Linq;
using CaseCoach.Bot.Reports;
using CaseCoach.Core.Reports;
using CaseCoach.Tests.Auth;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseCoach.Tests.Reports;

/// <summary>R26: the trend drawn by ScottPlot reads without colour: figures as text, named for assistive technology.</summary>
public sealed class TrendSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static TrendChart FourQuarters() => TrendChart.Of("Yes share over all questions",
        [(ReportPeriod.Quarter(2026, 1), null), (ReportPeriod.Quarter(2026, 2), null), (ReportPeriod.Quarter(2026, 3), 1.0), (ReportPeriod.Quarter(2026, 4), 23 / 26.0)]);

    [Fact]
    public void Each_point_has_its_percentage_and_an_empty_quarter_says_no_reviews_as_svg_text_R26()
    {
        var svg = XElement.Parse(TrendSvg.Render(FourQuarters()));
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains("100%", texts);
        Assert.Contains("88%", texts);
        Assert.Equal(2, texts.Count(t => t == "no reviews"));
        Assert.Contains("2026Q1", texts);
    }

    [Fact]
    public void The_drawing_is_an_image_named_with_its_figures_R26()
    {
        var svg = XElement.Parse(TrendSvg.Render(FourQuarters()));
        const string name = "Yes share over all questions: 2026Q1 no reviews, 2026Q2 no reviews, 2026Q3 100%, 2026Q4 88%";
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal(name, (string?)svg.Attribute("aria-label"));
        Assert.Equal(name, svg.Element(Svg + "title")?.Value);
    }

    [Fact]
    public void Draw_keeps_the_ScottPlot_svg_on_the_chart_for_the_page()
    {
        var chart = new TrendSvg(NullLogger<TrendSvg>.Instance).Draw(FourQuarters());
        Assert.StartsWith("<svg", chart.Svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ScottPlot_failure_leaves_the_hand_drawn_chart_and_logs_a_warning()
    {
        using var logs = new RecordingLoggerProvider();
        var failing = new TrendSvg(new LoggerFactory([logs]).CreateLogger<TrendSvg>(), _ => throw new DllNotFoundException("libSkiaSharp"));
        var chart = failing.Draw(FourQuarters());
        Assert.Null(chart.Svg);
        Assert.Equal(4, chart.Points.Count);
        Assert.Contains(logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("hand-drawn", StringComparison.Ordinal));
    }
}

using CaseCoach.Core.Reports;
using Microsoft.AspNetCore.Mvc;

namespace CaseCoach.Bot.Reports.Pages;

/// <summary>R26: the quarterly report in the viewer's scope.</summary>
public sealed class QuarterlyModel(ReportAccess access, QuarterlyReportQuery query, TrendSvg trendSvg) : ReportPageModel(access)
{
    public QuarterlyReport Report { get; private set; } = null!;
    public TrendChart Overall { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await AdmitAsync(needsQuarter: true, cancellationToken) is { } refused) return refused;
        Report = await query.RunAsync(Viewer, Quarter, cancellationToken);
        Overall = trendSvg.Draw(TrendChart.Of("Yes share over all questions", Report.Trend.Select(t => (t.Quarter, t.Overall.Performance)),
            quarter => FigureParameters.Link(Viewer.Jurisdiction.Key, quarter)));
        return Page();
    }
}

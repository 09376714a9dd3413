using CaseCoach.Core.Reports;
using Microsoft.AspNetCore.Mvc;

namespace CaseCoach.Bot.Reports.Pages;

/// <summary>The dashboard's front page: the viewer's jurisdiction and the last four quarters.</summary>
public sealed class IndexModel(ReportAccess access, TimeProvider clock) : ReportPageModel(access)
{
    public IReadOnlyList<ReportPeriod> Quarters { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await AdmitAsync(needsQuarter: false, cancellationToken) is { } refused) return refused;
        var zone = ReviewFacts.ZoneOf(Viewer.Jurisdiction);
        var today = NodaTime.Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(zone).Date.ToDateOnly();
        var quarters = new List<ReportPeriod> { ReportPeriod.QuarterOf(today) };
        for (var i = 1; i < QuarterlyReportQuery.TrendQuarters; i++) quarters.Add(quarters[^1].PreviousQuarter());
        Quarters = quarters;
        return Page();
    }
}

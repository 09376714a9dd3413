using CaseCoach.Core.Reports;
using Microsoft.AspNetCore.Mvc;

namespace CaseCoach.Bot.Reports.Pages;

/// <summary>The quarterly report's tables as Excel or CSV; the same admission as the page.</summary>
public sealed class QuarterlyDownloadModel(ReportAccess access, QuarterlyReportQuery query) : ReportPageModel(access)
{
    public async Task<IActionResult> OnGetAsync(string format, CancellationToken cancellationToken)
    {
        if (await AdmitAsync(needsQuarter: true, cancellationToken) is { } refused) return refused;
        return Download("quarterly", format, ReportTable.Of(await query.RunAsync(Viewer, Quarter, cancellationToken)));
    }
}

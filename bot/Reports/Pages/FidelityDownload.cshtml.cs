using CaseCoach.Core.Reports;
using CaseCoach.Core.Reports.Fidelity;
using Microsoft.AspNetCore.Mvc;

namespace CaseCoach.Bot.Reports.Pages;

/// <summary>The fidelity report's tables as Excel or CSV; the same admission as the page.</summary>
public sealed class FidelityDownloadModel(ReportAccess access, FidelityReportQuery query) : ReportPageModel(access)
{
    public async Task<IActionResult> OnGetAsync(string format, CancellationToken cancellationToken)
    {
        if (await AdmitAsync(needsQuarter: true, cancellationToken) is { } refused) return refused;
        return Download("fidelity", format, ReportTable.Of(await query.RunAsync(Viewer, Quarter, cancellationToken)));
    }
}

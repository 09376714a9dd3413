using CaseCoach.Core.Reports;
using CaseCoach.Core.Reports.Interrater;
using Microsoft.AspNetCore.Mvc;

namespace CaseCoach.Bot.Reports.Pages;

/// <summary>The interrater report's tables as Excel or CSV; the same admission as the page.</summary>
public sealed class InterraterDownloadModel(ReportAccess access, InterraterReportQuery query) : ReportPageModel(access)
{
    public async Task<IActionResult> OnGetAsync(string format, CancellationToken cancellationToken)
    {
        if (await AdmitAsync(needsQuarter: true, cancellationToken) is { } refused) return refused;
        if (!IsJurisdictionWide) return Refuse(ReportProblem.Forbidden, StatusCodes.Status403Forbidden);
        return Download("interrater", format, ReportTable.Of(await query.RunAsync(Viewer, Quarter, cancellationToken)));
    }
}

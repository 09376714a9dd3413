using CaseCoach.Core.Reports;
using CaseCoach.Core.Reports.Interrater;
using Microsoft.AspNetCore.Mvc;

namespace CaseCoach.Bot.Reports.Pages;

/// <summary>R25: calibration rounds and second reviews of the quarter; the director of quality and the QA team only.</summary>
public sealed class InterraterModel(ReportAccess access, InterraterReportQuery query) : ReportPageModel(access)
{
    public InterraterReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await AdmitAsync(needsQuarter: true, cancellationToken) is { } refused) return refused;
        if (!IsJurisdictionWide) return Refuse(ReportProblem.Forbidden, StatusCodes.Status403Forbidden);
        Report = await query.RunAsync(Viewer, Quarter, cancellationToken);
        return Page();
    }
}

using CaseCoach.Core.Organisation;
using CaseCoach.Core.Reports;
using CaseCoach.Core.Reports.Fidelity;
using Microsoft.AspNetCore.Mvc;

namespace CaseCoach.Bot.Reports.Pages;

/// <summary>R24, R27, R23: the model's timeframes, the fidelity assessments and repeat staffings in the viewer's scope.</summary>
public sealed class FidelityModel(ReportAccess access, FidelityReportQuery query) : ReportPageModel(access)
{
    public FidelityReport Report { get; private set; } = null!;

    public bool CanTick => Viewer.Person.Role == Role.QaSupervisor;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await AdmitAsync(needsQuarter: true, cancellationToken) is { } refused) return refused;
        Report = await query.RunAsync(Viewer, Quarter, cancellationToken);
        return Page();
    }

    public string ReviewLink(long reviewId) =>
        $"/reports/fidelity/review/{reviewId}?jurisdiction={Uri.EscapeDataString(Viewer.Jurisdiction.Key)}&quarter={Quarter.Label}";
}

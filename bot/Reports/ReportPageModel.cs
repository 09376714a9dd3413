using CaseCoach.Core.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseCoach.Bot.Reports;

/// <summary>
/// Every report page admits its viewer the same way: signed in (401), a person whose role sees reports and whose
/// jurisdiction is the one asked for (403), a well-formed quarter (400). Nothing is read before that.
/// </summary>
public abstract class ReportPageModel(ReportAccess access) : PageModel
{
    private const int MaxParameterLength = 64;

    [BindProperty(SupportsGet = true, Name = "jurisdiction")]
    public string? JurisdictionKey { get; set; }

    [BindProperty(SupportsGet = true, Name = "quarter")]
    public string? QuarterText { get; set; }

    public ReportViewer Viewer { get; private set; } = null!;
    public ReportPeriod Quarter { get; private set; } = null!;

    /// <summary>Null when admitted; otherwise the response to return.</summary>
    protected async Task<IActionResult?> AdmitAsync(bool needsQuarter, CancellationToken cancellationToken)
    {
        if (JurisdictionKey?.Length > MaxParameterLength) JurisdictionKey = JurisdictionKey[..MaxParameterLength];
        var (viewer, refusal) = await access.ResolveAsync(ReportSignIn.ObjectId(User), JurisdictionKey, cancellationToken);
        if (refusal == ReportRefusal.NotSignedIn) return Refuse(ReportProblem.NotSignedIn, StatusCodes.Status401Unauthorized);
        if (viewer is null) return Refuse(ReportProblem.Forbidden, StatusCodes.Status403Forbidden);
        Viewer = viewer;
        if (!needsQuarter) return null;
        if (!ReportPeriod.TryParseQuarter(QuarterText, out var quarter)) return Refuse(ReportProblem.BadQuarter, StatusCodes.Status400BadRequest);
        Quarter = quarter;
        return null;
    }

    protected bool IsJurisdictionWide => Viewer.Scope.IsWholeJurisdiction;

    protected IActionResult Refuse(ReportProblem problem, int status)
    {
        var result = Partial("_Problem", problem);
        result.StatusCode = status;
        return result;
    }

    /// <summary>Tables as <c>casecoach-REPORT-KEY-QUARTER.xlsx|csv</c>.</summary>
    protected IActionResult Download(string report, string format, IReadOnlyList<ReportTable> tables)
    {
        var name = $"casecoach-{report}-{Viewer.Jurisdiction.Key}-{Quarter.Label}.{format}";
        return format == "xlsx"
            ? File(ReportDownloads.Xlsx(tables), ReportDownloads.XlsxType, name)
            : File(ReportDownloads.Csv(tables), ReportDownloads.CsvType, name);
    }

    public string Link(string page, ReportPeriod quarter) =>
        $"/reports/{page}?jurisdiction={Uri.EscapeDataString(Viewer.Jurisdiction.Key)}&quarter={quarter.Label}";
}

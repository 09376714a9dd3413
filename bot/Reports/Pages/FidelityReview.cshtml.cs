using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Reports;
using CaseCoach.Core.Reports.Fidelity;
using Microsoft.AspNetCore.Mvc;

namespace CaseCoach.Bot.Reports.Pages;

/// <summary>
/// R24: one review's assessment, box by box. The QA supervisor ticks the boxes no event pre-fills and saves them
/// (a form post with the antiforgery token); everyone else in scope reads it.
/// </summary>
public sealed class FidelityReviewModel(ReportAccess access, FidelityReportQuery query, TickFidelityBoxes tick) : ReportPageModel(access)
{
    private const int MaxBoxes = 100;

    public FidelityAssessment Assessment { get; private set; } = null!;
    public string CaseNumber { get; private set; } = "";
    public bool Saved { get; private set; }
    public bool CanTick => Viewer.Person.Role == Role.QaSupervisor;

    public async Task<IActionResult> OnGetAsync(long reviewId, bool saved, CancellationToken cancellationToken)
    {
        if (await AdmitAsync(needsQuarter: true, cancellationToken) is { } refused) return refused;
        if (await FindAsync(reviewId, cancellationToken) is { } missing) return missing;
        Saved = saved;
        return Page();
    }

    /// <summary>"shown" lists the boxes the form offered; those checked come as "holds". Offered and unchecked = does not hold.</summary>
    public async Task<IActionResult> OnPostAsync(long reviewId, string[] shown, string[] holds, CancellationToken cancellationToken)
    {
        if (await AdmitAsync(needsQuarter: true, cancellationToken) is { } refused) return refused;
        if (shown.Length > MaxBoxes) return Refuse(ReportProblem.BadTicks, StatusCodes.Status400BadRequest);
        if (await FindAsync(reviewId, cancellationToken) is { } missing) return missing;
        var ticks = shown.Distinct(StringComparer.Ordinal).ToDictionary(b => b, b => holds.Contains(b, StringComparer.Ordinal), StringComparer.Ordinal);
        var result = await tick.HandleAsync(new TickFidelityBoxesCommand(Viewer, reviewId, ticks), cancellationToken);
        if (result.Refusal is { } refusal) return Refuse(refusal);
        return Redirect($"/reports/fidelity/review/{reviewId}?jurisdiction={Uri.EscapeDataString(Viewer.Jurisdiction.Key)}&quarter={Quarter.Label}&saved=true");
    }

    /// <summary>Only a review of the quarter inside the viewer's scope; any other id reads as not found.</summary>
    private async Task<IActionResult?> FindAsync(long reviewId, CancellationToken cancellationToken)
    {
        var report = await query.RunAsync(Viewer, Quarter, cancellationToken);
        if (report.Assessments.FirstOrDefault(a => a.Timeline.ReviewId == reviewId) is not { } assessment)
            return Refuse(ReportProblem.ReviewNotFound, StatusCodes.Status404NotFound);
        (Assessment, CaseNumber) = (assessment, report.CaseNumber(assessment.Timeline.CaseId));
        return null;
    }

    private IActionResult Refuse(Refusal refusal) => refusal.Code switch
    {
        RefusalCode.NotAllowed => Refuse(ReportProblem.NotQaSupervisor, StatusCodes.Status403Forbidden),
        RefusalCode.NotFound => Refuse(ReportProblem.ReviewNotFound, StatusCodes.Status404NotFound),
        RefusalCode.Conflict => Refuse(ReportProblem.TickedMeanwhile, StatusCodes.Status409Conflict),
        _ => Refuse(ReportProblem.BadTicks, StatusCodes.Status400BadRequest),
    };

    public string BackLink => Link("fidelity", Quarter);
}

using CaseCoach.Core.Reports;
using CaseCoach.Core.Reports.ReviewsBehind;
using Microsoft.AspNetCore.Mvc;

namespace CaseCoach.Bot.Reports.Pages;

/// <summary>One review behind a figure: its answers and comments, to those whose scope holds it (403 otherwise, 404 for an unknown id).</summary>
public sealed class ReviewModel(ReportAccess access, ReviewDetailQuery query) : ReportPageModel(access)
{
    public ReviewDetail Review { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long reviewId, CancellationToken cancellationToken)
    {
        if (await AdmitAsync(needsQuarter: false, cancellationToken) is { } refused) return refused;
        var (review, refusal) = await query.RunAsync(Viewer, reviewId, cancellationToken);
        if (refusal == FigureRefusal.Forbidden) return Refuse(ReportProblem.ReviewOutsideScope, StatusCodes.Status403Forbidden);
        if (review is null) return Refuse(ReportProblem.ReviewUnknown, StatusCodes.Status404NotFound);
        Review = review;
        return Page();
    }
}

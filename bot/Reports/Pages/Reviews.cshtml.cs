using CaseCoach.Core.Reports;
using CaseCoach.Core.Reports.ReviewsBehind;
using Microsoft.AspNetCore.Mvc;

namespace CaseCoach.Bot.Reports.Pages;

/// <summary>The reviews behind one figure of a report, in the viewer's scope, 50 to a page (<see cref="FigureParameters"/>).</summary>
public sealed class ReviewsModel(ReportAccess access, ReviewsBehindFigureQuery query) : ReportPageModel(access)
{
    public ReviewsBehindFigure List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await AdmitAsync(needsQuarter: true, cancellationToken) is { } refused) return refused;
        if (!FigureParameters.TryParse(Quarter, Request.Query, out var filter, out var page)) return Refuse(ReportProblem.BadFigure, StatusCodes.Status400BadRequest);
        var (list, refusal) = await query.RunAsync(Viewer, filter, page, cancellationToken);
        if (refusal == FigureRefusal.Forbidden) return Refuse(ReportProblem.ReviewOutsideScope, StatusCodes.Status403Forbidden);
        if (refusal == FigureRefusal.UnknownQuestion) return Refuse(ReportProblem.BadFigure, StatusCodes.Status400BadRequest);
        if (list is null) return Refuse(ReportProblem.ReviewUnknown, StatusCodes.Status404NotFound);
        List = list;
        return Page();
    }

    public string PageLink(int page) => FigureParameters.Link(Viewer.Jurisdiction.Key, List.Filter, Quarter, page);

    public string ReviewLink(long reviewId) => $"/reports/reviews/{reviewId}?jurisdiction={Uri.EscapeDataString(Viewer.Jurisdiction.Key)}";
}

using CaseCoach.Core.Instruments;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace CaseCoach.Core.Reports.ReviewsBehind;

/// <summary>
/// "Every figure links to the reviews behind it": a pure query over the same reviews the figures count
/// (<see cref="ReviewFacts.Completed"/>: completed, regular, in the viewer's scope; calibration and second reviews left
/// out), narrowed by the figure's filter, a page of <see cref="FigureFilter.PageSize"/> at a time. A calibration
/// round's reviews (R25) are listed for the QA team only, and only once the round is complete (blind until then).
/// </summary>
public sealed class ReviewsBehindFigureQuery(CaseCoachDbContext db, ReviewFacts facts, InstrumentCatalog instruments)
{
    public async Task<(ReviewsBehindFigure? List, FigureRefusal? Refusal)> RunAsync(
        ReportViewer viewer, FigureFilter filter, int page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.UnitId is { } unit && viewer.Scope.UnitIds is { } units && !units.Contains(unit)) return (null, FigureRefusal.Forbidden);
        var asked = filter.QuestionId is null ? null
            : instruments.Find(viewer.Jurisdiction.InstrumentKey)?.Questions.Where(q => q.Id == filter.QuestionId)
                .Select(q => new ReportQuestion(q.Id, q.Number, q.Text)).FirstOrDefault();
        if (filter.QuestionId is not null && asked is null) return (null, FigureRefusal.UnknownQuestion);
        IQueryable<Review> reviews;
        if (filter.RoundId is { } round)
        {
            if (!viewer.Scope.IsWholeJurisdiction) return (null, FigureRefusal.Forbidden);
            if (!await CalibrationRounds.IsCompleteAsync(db, viewer.Jurisdiction.Id, round, cancellationToken)) return (null, FigureRefusal.NotFound);
            reviews = db.Reviews.AsNoTracking().Where(r => r.CalibrationRoundId == round && r.CompletedAt != null);
        }
        else
            reviews = facts.Completed(viewer.Scope, viewer.Jurisdiction, filter.Period);

        if (filter.UnitId is { } u) reviews = reviews.Where(r => r.Case.UnitId == u);
        if (filter.ReviewerId is { } reviewer) reviews = reviews.Where(r => r.ReviewerId == reviewer);
        var question = filter.QuestionId;
        if (question is not null)
            reviews = filter.Answer is { } answer
                ? reviews.Where(r => r.Answers.Any(a => a.QuestionId == question && a.Value == answer))
                : reviews.Where(r => r.Answers.Any(a => a.QuestionId == question && a.Value != null)); // as a tally counts them

        var total = await reviews.CountAsync(cancellationToken);
        AnswerTally? tally = null;
        if (question is not null)
        {
            var counts = await reviews.SelectMany(r => r.Answers.Where(a => a.QuestionId == question)).GroupBy(a => a.Value)
                .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            tally = counts.Aggregate(AnswerTally.Empty, (t, c) => t.Add(c.Key, c.Count));
        }
        var rows = await reviews.OrderByDescending(r => r.CompletedAt).ThenByDescending(r => r.Id)
            .Skip((page - 1) * FigureFilter.PageSize).Take(FigureFilter.PageSize)
            .Select(r => new
            {
                r.Id, r.Case.ExternalCaseId, r.CompletedAt, Unit = r.Case.Unit.Name, Reviewer = r.Reviewer.Name,
                Answer = question == null ? null : r.Answers.Where(a => a.QuestionId == question).Select(a => a.Value).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var zone = ReviewFacts.ZoneOf(viewer.Jurisdiction);
        var list = new ReviewsBehindFigure(filter, total, tally, page, rows.Select(r => new ReviewRow(r.Id, r.ExternalCaseId,
            Instant.FromDateTimeOffset(r.CompletedAt!.Value).InZone(zone).Date.ToDateOnly(), r.Unit, r.Reviewer, r.Answer)).ToList());
        return (await NamedAsync(list with { Question = asked }, cancellationToken), null);
    }

    /// <summary>The unit's and reviewer's names, so the page says which figure this is.</summary>
    private async Task<ReviewsBehindFigure> NamedAsync(ReviewsBehindFigure list, CancellationToken cancellationToken)
    {
        var filter = list.Filter;
        var unit = filter.UnitId is { } u ? await db.Units.AsNoTracking().Where(x => x.Id == u).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var reviewer = filter.ReviewerId is { } p ? await db.People.AsNoTracking().Where(x => x.Id == p).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken) : null;
        return list with { UnitName = unit, ReviewerName = reviewer };
    }
}

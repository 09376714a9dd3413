using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Scheduling;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace CaseCoach.Core.Reports;

/// <summary>Answers counted in the database, grouped by question, unit, reviewer and value.</summary>
public sealed record AnswerFact(string QuestionId, long UnitId, long ReviewerId, Answer? Value, int Count);

/// <summary>One period's grouped answers, the number of completed reviews, and how many lacked the information to decide (R8).</summary>
public sealed record PeriodFacts(ReportPeriod Period, IReadOnlyList<AnswerFact> Answers, int Reviews, int NotEnoughInformation)
{
    public bool HasReviews => Reviews > 0;
}

/// <summary>
/// The one place reports read reviews: completed regular reviews (R6: a completion date; R25: calibration and second
/// reviews are left out) of a jurisdiction within a period
/// of its local calendar, narrowed to the viewer's scope. Grouping runs in SQL so a quarter of 100,000 reviews is
/// a handful of aggregate rows.
/// </summary>
public sealed class ReviewFacts(CaseCoachDbContext db)
{
    public IQueryable<Review> Completed(ReportScope scope, Jurisdiction jurisdiction, ReportPeriod period)
    {
        var (from, to) = Instants(jurisdiction, period);
        var reviews = db.Reviews.AsNoTracking()
            .Where(r => r.JurisdictionId == scope.JurisdictionId && r.Purpose == ReviewPurpose.Regular && r.CompletedAt != null && r.CompletedAt >= from && r.CompletedAt < to);
        return InScope(reviews, scope);
    }

    /// <summary>The viewer's part of a jurisdiction's reviews: their units, or their own cases (<see cref="ReportScope"/>).</summary>
    public static IQueryable<Review> InScope(IQueryable<Review> reviews, ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.UnitIds is { } units) reviews = reviews.Where(r => units.Contains(r.Case.UnitId));
        if (scope.CaseworkerId is { } worker) reviews = reviews.Where(r => r.Case.CaseworkerId == worker);
        return reviews;
    }

    public async Task<PeriodFacts> LoadAsync(ReportScope scope, Jurisdiction jurisdiction, ReportPeriod period, CancellationToken cancellationToken)
    {
        var reviews = Completed(scope, jurisdiction, period);
        var answers = await reviews.SelectMany(r => r.Answers, (r, a) => new { r.Case.UnitId, r.ReviewerId, a.QuestionId, a.Value })
            .GroupBy(x => new { x.QuestionId, x.UnitId, x.ReviewerId, x.Value })
            .Select(g => new AnswerFact(g.Key.QuestionId, g.Key.UnitId, g.Key.ReviewerId, g.Key.Value, g.Count()))
            .ToListAsync(cancellationToken);
        var counts = await reviews.GroupBy(_ => 1)
            .Select(g => new { Reviews = g.Count(), NotEnough = g.Count(r => r.NotEnoughInformation) })
            .SingleOrDefaultAsync(cancellationToken); // one group at most; First would warn of a missing OrderBy
        return new PeriodFacts(period, answers, counts?.Reviews ?? 0, counts?.NotEnough ?? 0);
    }

    /// <summary>
    /// A period's answers grouped by question and value only (<see cref="AnswerFact.UnitId"/> and
    /// <see cref="AnswerFact.ReviewerId"/> are 0): enough for a trend point, and a narrower grouping is what keeps
    /// a year of 100,000 reviews under a second (the SQL sort of a wide key is the report's main cost).
    /// </summary>
    public async Task<PeriodFacts> LoadByQuestionAsync(ReportScope scope, Jurisdiction jurisdiction, ReportPeriod period, CancellationToken cancellationToken)
    {
        var reviews = Completed(scope, jurisdiction, period);
        var answers = await reviews.SelectMany(r => r.Answers, (r, a) => new { a.QuestionId, a.Value })
            .GroupBy(x => new { x.QuestionId, x.Value })
            .Select(g => new AnswerFact(g.Key.QuestionId, 0, 0, g.Key.Value, g.Count()))
            .ToListAsync(cancellationToken);
        var counts = await reviews.GroupBy(_ => 1)
            .Select(g => new { Reviews = g.Count(), NotEnough = g.Count(r => r.NotEnoughInformation) })
            .SingleOrDefaultAsync(cancellationToken); // one group at most; First would warn of a missing OrderBy
        return new PeriodFacts(period, answers, counts?.Reviews ?? 0, counts?.NotEnough ?? 0);
    }

    /// <summary>The local date of the jurisdiction's first completed review (R26: jump flags wait 6 months from it).</summary>
    public async Task<DateOnly?> FirstReviewOnAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var first = await db.Reviews.AsNoTracking().Where(r => r.JurisdictionId == jurisdiction.Id && r.Purpose == ReviewPurpose.Regular && r.CompletedAt != null)
            .OrderBy(r => r.CompletedAt).Select(r => r.CompletedAt).FirstOrDefaultAsync(cancellationToken);
        return first is { } at ? Instant.FromDateTimeOffset(at).InZone(ZoneOf(jurisdiction)).Date.ToDateOnly() : null;
    }

    public static (DateTimeOffset From, DateTimeOffset To) Instants(Jurisdiction jurisdiction, ReportPeriod period)
    {
        var zone = ZoneOf(jurisdiction);
        return (LocalDate.FromDateOnly(period.Start).AtStartOfDayInZone(zone).ToDateTimeOffset(),
            LocalDate.FromDateOnly(period.End).AtStartOfDayInZone(zone).ToDateTimeOffset());
    }

    public static DateTimeZone ZoneOf(Jurisdiction jurisdiction) => ZoneNames.FindOrUtc(jurisdiction.TimeZone);
}

using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reports.Fidelity;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Reports.Digest;

/// <summary>
/// The monthly digest's figures for a whole jurisdiction (R23-R27), read only: reviews completed in the month, the
/// Yes share (as the heat map counts it) and its change against the previous month, feedback within 2 weeks (R27),
/// the month's jump flags (R26, once the jurisdiction has six months of reviews), the jump checks still open
/// (whenever flagged) and repeat accountability
/// staffings (R23: a staffing in a unit that had another within 90 days before it).
/// </summary>
public sealed class MonthlyDigestQuery(CaseCoachDbContext db, ReviewFacts facts, TimelineLoader timelines, OpenChecksQuery openChecks)
{
    public async Task<MonthlyDigest> RunAsync(Jurisdiction jurisdiction, ReportPeriod month, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jurisdiction);
        ArgumentNullException.ThrowIfNull(month);
        var scope = ReportScope.Jurisdiction(jurisdiction.Id);
        var previous = ReportPeriod.MonthOf(month.Start.AddMonths(-1));
        var current = await facts.LoadAsync(scope, jurisdiction, month, cancellationToken);
        var before = await facts.LoadAsync(scope, jurisdiction, previous, cancellationToken);

        var firstReviewOn = await facts.FirstReviewOnAsync(jurisdiction, cancellationToken);
        var flagsApply = QuarterlyReportBuilder.FlagsApply(month, firstReviewOn);
        var flags = flagsApply ? QuarterlyReportBuilder.Jumps(before, current).Count() : 0;

        var clock = ActionItemClock.For(jurisdiction, now);
        var feedback = (await timelines.LoadAsync(scope, jurisdiction, month, cancellationToken))
            .SelectMany(t => FidelityTimeline.Measure(t, clock)).Where(m => m.Timeframe == Timeframe.FeedbackWithinTwoWeeks).ToList();

        return new MonthlyDigest(jurisdiction, month, current.Reviews,
            QuarterlyReportBuilder.Tally(current.Answers).Performance, QuarterlyReportBuilder.Tally(before.Answers).Performance,
            feedback.Count(m => m.Within == true), feedback.Count(m => m.Within is not null), flags, flagsApply,
            await RepeatStaffingsAsync(jurisdiction, month, cancellationToken), await openChecks.RunAsync(jurisdiction, now, cancellationToken));
    }

    private async Task<int> RepeatStaffingsAsync(Jurisdiction jurisdiction, ReportPeriod month, CancellationToken cancellationToken)
    {
        var (from, to) = ReviewFacts.Instants(jurisdiction, month);
        var since = from - FidelityReportQuery.RepeatWindow;
        var units = db.Units.Where(u => u.JurisdictionId == jurisdiction.Id || u.JurisdictionId == null).Select(u => u.Id);
        var staffings = await db.Set<AccountabilityStaffing>().AsNoTracking()
            .Where(s => s.EscalatedAt >= since && s.EscalatedAt < to && units.Contains(s.UnitId))
            .Select(s => new { s.UnitId, s.EscalatedAt }).ToListAsync(cancellationToken);
        return staffings.Count(s => s.EscalatedAt >= from && staffings.Any(o =>
            o.UnitId == s.UnitId && o.EscalatedAt < s.EscalatedAt && o.EscalatedAt >= s.EscalatedAt - FidelityReportQuery.RepeatWindow));
    }
}

using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Reports.Fidelity;

/// <summary>
/// R24, R27: each timeframe measured per event for the reviews completed in the quarter, their fidelity
/// assessments and section totals; R23: staffings and repeats per unit over the last four quarters. Units only,
/// never people: repeat staffings are a warning sign for a unit, not a ranking of workers.
/// </summary>
public sealed class FidelityReportQuery(CaseCoachDbContext db, TimelineLoader timelines, FidelityTool tool, TimeProvider clock)
{
    public static readonly TimeSpan RepeatWindow = TimeSpan.FromDays(90);

    public async Task<FidelityReport> RunAsync(ReportViewer viewer, ReportPeriod quarter, CancellationToken cancellationToken)
    {
        var now = ActionItemClock.For(viewer.Jurisdiction, clock.GetUtcNow());
        var loaded = await timelines.LoadAsync(viewer.Scope, viewer.Jurisdiction, quarter, cancellationToken);
        var measures = loaded.SelectMany(t => FidelityTimeline.Measure(t, now)).ToList();
        var summaries = Enum.GetValues<Timeframe>().Select(kind =>
        {
            var of = measures.Where(m => m.Timeframe == kind).ToList();
            return new TimeframeSummary(kind, of.Count(m => m.Within == true), of.Count(m => m.Within == false), of.Count(m => m.Within is null));
        }).ToList();
        var ticks = await TicksAsync(loaded.Select(t => t.ReviewId).ToList(), cancellationToken);
        var assessments = loaded.Select(t => FidelityAssessment.Of(tool, t, now, ticks.GetValueOrDefault(t.ReviewId))).ToList();
        var sections = tool.Sections.Select(s => new SectionTotal(s,
            assessments.Sum(a => a.Sections.Single(x => x.Section.Key == s.Key).Score),
            assessments.Sum(a => a.Sections.Single(x => x.Section.Key == s.Key).Max))).ToList();
        var caseIds = loaded.Select(t => t.CaseId).Distinct().ToList();
        var numbers = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.ExternalCaseId, cancellationToken);
        return new FidelityReport(quarter, loaded.Count, summaries, measures, assessments, sections,
            viewer.Scope.CaseworkerId is null ? await StaffingsAsync(viewer, quarter, cancellationToken) : [], numbers);
    }

    /// <summary>The QA supervisor's ticks by review and box; ids chunked to stay under SQL parameter limits.</summary>
    private async Task<Dictionary<long, IReadOnlyDictionary<string, bool>>> TicksAsync(IReadOnlyList<long> reviewIds, CancellationToken cancellationToken)
    {
        var ticks = new List<FidelityTick>();
        foreach (var chunk in reviewIds.Chunk(500))
            ticks.AddRange(await db.Set<FidelityTick>().AsNoTracking().Where(t => chunk.Contains(t.ReviewId)).ToListAsync(cancellationToken));
        return ticks.GroupBy(t => t.ReviewId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, bool>)g.ToDictionary(t => t.BoxId, t => t.Holds));
    }

    private async Task<IReadOnlyList<UnitStaffings>> StaffingsAsync(ReportViewer viewer, ReportPeriod quarter, CancellationToken cancellationToken)
    {
        var quarters = new List<ReportPeriod> { quarter };
        for (var i = 1; i < QuarterlyReportQuery.TrendQuarters; i++) quarters.Insert(0, quarters[0].PreviousQuarter());
        var (from, _) = ReviewFacts.Instants(viewer.Jurisdiction, quarters[0]);
        var (_, to) = ReviewFacts.Instants(viewer.Jurisdiction, quarter);
        var units = await db.Units.AsNoTracking()
            .Where(u => u.JurisdictionId == viewer.Jurisdiction.Id || u.JurisdictionId == null).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var since = from - RepeatWindow;
        var staffings = await db.Set<AccountabilityStaffing>().AsNoTracking()
            .Where(s => s.EscalatedAt >= since && s.EscalatedAt < to)
            .Select(s => new { s.UnitId, s.EscalatedAt }).ToListAsync(cancellationToken);
        var visible = staffings.Where(s => units.ContainsKey(s.UnitId) && (viewer.Scope.UnitIds?.Contains(s.UnitId) ?? true)).ToList();

        var rows = new List<UnitStaffings>();
        foreach (var unit in visible.Select(s => s.UnitId).Distinct().OrderBy(id => units[id]))
            foreach (var q in quarters)
            {
                var (qFrom, qTo) = ReviewFacts.Instants(viewer.Jurisdiction, q);
                var inQuarter = visible.Where(s => s.UnitId == unit && s.EscalatedAt >= qFrom && s.EscalatedAt < qTo).ToList();
                var repeats = inQuarter.Count(s => visible.Any(o => o.UnitId == unit && o.EscalatedAt < s.EscalatedAt && o.EscalatedAt >= s.EscalatedAt - RepeatWindow));
                rows.Add(new UnitStaffings(unit, units[unit], q, inQuarter.Count, repeats));
            }
        return rows;
    }
}

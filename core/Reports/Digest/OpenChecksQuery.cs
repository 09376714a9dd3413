using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reports.JumpChecks;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Reports.Digest;

/// <summary>
/// R26: the jurisdiction's jump checks still open at <c>now</c> (opened by <see cref="OpenJumpChecks"/> in any month,
/// not all of their second reviews submitted, as <see cref="JumpCheckState.IsClosed"/> decides), oldest first.
/// </summary>
public sealed class OpenChecksQuery(CaseCoachDbContext db, InstrumentCatalog instruments)
{
    public async Task<IReadOnlyList<OpenCheckLine>> RunAsync(Jurisdiction jurisdiction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jurisdiction);
        var checks = await db.Set<JumpCheck>().AsNoTracking().Where(c => c.JurisdictionId == jurisdiction.Id && c.OpenedAt <= now)
            .Select(c => new
            {
                c.Id, c.Dimension, c.QuestionId, c.Month, c.OpenedAt,
                Unit = db.Units.Where(u => u.Id == c.UnitId).Select(u => u.Name).FirstOrDefault() ?? "",
                Reviews = db.Reviews.Count(r => r.JumpCheckId == c.Id),
                Submitted = db.Reviews.Count(r => r.JumpCheckId == c.Id && r.CompletedAt != null),
            })
            .ToListAsync(cancellationToken);
        var questions = instruments.Find(jurisdiction.InstrumentKey)?.Questions ?? [];
        return checks.Where(c => !new JumpCheckState("", "", c.Reviews, c.Submitted).IsClosed && ReportPeriod.TryParseMonth(c.Month, out _))
            .OrderBy(c => c.OpenedAt).ThenBy(c => c.Id)
            .Select(c =>
            {
                ReportPeriod.TryParseMonth(c.Month, out var month);
                var number = questions.FirstOrDefault(q => q.Id == c.QuestionId)?.Number ?? 0;
                return new OpenCheckLine(c.Dimension, number, c.QuestionId, c.Unit, month, Math.Max(0, (int)(now - c.OpenedAt).TotalDays));
            })
            .ToList();
    }
}

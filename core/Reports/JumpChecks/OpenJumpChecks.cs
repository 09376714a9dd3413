using CaseCoach.Core.Application;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Reviews.Calibration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace CaseCoach.Core.Reports.JumpChecks;

/// <summary>
/// R26's sweep: for each jurisdiction and each of the last <see cref="MonthsLookedBack"/> complete months (a month still
/// under way could jump on its first two reviews), the jump flags of <see cref="QuarterlyReportBuilder"/> (only after
/// the jurisdiction's first 6 months of reviews). Each flag without a check opens one: a senior reviewer (the one with
/// the fewest open reviews) gets a blind second review of up to <see cref="SampleSize"/> of the month's reviews behind
/// the flag (for a question, those answered Yes to it; for a unit, the unit's), and is told. Each flag commits on its
/// own; its unique key (<see cref="JumpCheck.KeyFor"/>) makes a repeat run, or another instance, fail that commit with
/// a unique violation, which alone counts as done. Nothing reaches a caseworker (second reviews never do).
/// </summary>
public sealed class OpenJumpChecks(CaseCoachDbContext db, ReviewFacts facts, InstrumentCatalog instruments, INotifier notifier, ILogger<OpenJumpChecks> logger)
{
    public const int MonthsLookedBack = 2;
    public const int SampleSize = 5;
    public const int DueInDays = 14;

    /// <returns>How many checks this run opened.</returns>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var opened = 0;
        foreach (var jurisdiction in await db.Jurisdictions.AsNoTracking().OrderBy(j => j.Id).ToListAsync(cancellationToken))
        {
            var firstReviewOn = await facts.FirstReviewOnAsync(jurisdiction, cancellationToken);
            if (firstReviewOn is null) continue;
            var today = Instant.FromDateTimeOffset(now).InZone(ReviewFacts.ZoneOf(jurisdiction)).Date.ToDateOnly();
            var scope = ReportScope.Jurisdiction(jurisdiction.Id);
            for (var back = MonthsLookedBack; back >= 1; back--)
            {
                var month = ReportPeriod.MonthOf(today.AddMonths(-back));
                if (!QuarterlyReportBuilder.FlagsApply(month, firstReviewOn)) continue;
                var before = await facts.LoadAsync(scope, jurisdiction, ReportPeriod.MonthOf(month.Start.AddMonths(-1)), cancellationToken);
                var current = await facts.LoadAsync(scope, jurisdiction, month, cancellationToken);
                var flags = QuarterlyReportBuilder.Jumps(before, current).ToList();
                var keys = flags.Select(f => JumpCheck.KeyFor(jurisdiction.Key, f)).ToList();
                var done = (await InChunks.LoadAsync(keys, (chunk, ct) => db.Set<JumpCheck>().Where(c => chunk.Contains(c.Key)).Select(c => c.Key).ToListAsync(ct), cancellationToken))
                    .ToHashSet(StringComparer.Ordinal);
                foreach (var flag in flags.Where(f => !done.Contains(JumpCheck.KeyFor(jurisdiction.Key, f))))
                    if (await OpenAsync(jurisdiction.Id, flag, today, now, cancellationToken)) opened++;
            }
        }
        return opened;
    }

    private async Task<bool> OpenAsync(long jurisdictionId, JumpFlag flag, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            var jurisdiction = await db.Jurisdictions.SingleAsync(j => j.Id == jurisdictionId, cancellationToken);
            var senior = await LeastLoadedSeniorAsync(jurisdiction, cancellationToken);
            if (senior is null)
            {
                Log.NoSeniorReviewer(logger, flag.Month.Label);
                return false;
            }
            var sample = await SampleAsync(jurisdiction, flag, senior, cancellationToken);
            var subject = await SubjectOfAsync(jurisdiction, flag, cancellationToken);
            var result = await db.InTransactionAsync(async ct =>
            {
                var check = JumpCheck.Open(jurisdiction.Key, jurisdiction.Id, flag, senior.Id, now);
                db.Add(check);
                await db.SaveChangesAsync(ct);
                var dueOn = today.AddDays(DueInDays);
                foreach (var original in sample)
                    db.Reviews.Add(Review.ScheduleJumpCheck(original, senior, instruments.Get(original.InstrumentKey), dueOn, check));
                await notifier.NotifyAsync(new JumpCheckNotice(senior, JumpCheckNotice.CauseOf(check), flag, subject, sample.Count, dueOn), ct);
                await db.SaveChangesAsync(ct);
                return true;
            }, cancellationToken);
            Log.CheckOpened(logger, flag.Month.Label, flag.Dimension.ToString(), sample.Count);
            return result;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            Log.CheckAlreadyOpen(logger, flag.Month.Label);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The question's number and text, or the unit's name: what the senior reviewer reads.</summary>
    private async Task<string> SubjectOfAsync(Jurisdiction jurisdiction, JumpFlag flag, CancellationToken cancellationToken)
    {
        if (flag.Dimension == JumpDimension.Unit)
            return await db.Units.AsNoTracking().Where(u => u.Id == flag.UnitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var question = instruments.Find(jurisdiction.InstrumentKey)?.Questions.FirstOrDefault(q => q.Id == flag.QuestionId);
        return question is null ? flag.QuestionId : $"{question.Number}. {question.Text}";
    }

    /// <summary>Up to <see cref="SampleSize"/> of the flagged month's reviews behind the flag, spread evenly by completion.</summary>
    private async Task<List<Review>> SampleAsync(Jurisdiction jurisdiction, JumpFlag flag, Person senior, CancellationToken cancellationToken)
    {
        var (from, to) = ReviewFacts.Instants(jurisdiction, flag.Month);
        var reviews = db.Reviews.Include(r => r.Case).Include(r => r.Jurisdiction)
            .Where(r => r.JurisdictionId == jurisdiction.Id && r.Purpose == ReviewPurpose.Regular && r.CompletedAt != null
                && r.CompletedAt >= from && r.CompletedAt < to && r.ReviewerId != senior.Id);
        reviews = flag.Dimension == JumpDimension.Question
            ? reviews.Where(r => r.Answers.Any(a => a.QuestionId == flag.QuestionId && a.Value == Answer.Yes))
            : reviews.Where(r => r.Case.UnitId == flag.UnitId);
        var all = await reviews.OrderBy(r => r.CompletedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        if (all.Count <= SampleSize) return all;
        return [.. Enumerable.Range(0, SampleSize).Select(i => all[i * all.Count / SampleSize])];
    }

    private async Task<Person?> LeastLoadedSeniorAsync(Jurisdiction jurisdiction, CancellationToken cancellationToken)
    {
        var seniors = (await JurisdictionReviewers.LoadAsync(db, jurisdiction, cancellationToken)).Where(p => p.IsSeniorReviewer).ToList();
        if (seniors.Count == 0) return null;
        var ids = seniors.Select(p => p.Id).ToList();
        var loads = await db.Reviews.Where(r => ids.Contains(r.ReviewerId) && (r.Status == ReviewStatus.Assigned || r.Status == ReviewStatus.InProgress))
            .GroupBy(r => r.ReviewerId).Select(g => new { g.Key, Open = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Open, cancellationToken);
        return seniors.OrderBy(p => loads.GetValueOrDefault(p.Id)).ThenBy(p => p.Id).First();
    }
}

internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Jump check opened for {Month} ({Dimension}), {Reviews} reviews to second-review")]
    public static partial void CheckOpened(ILogger logger, string month, string dimension, int reviews);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Jump check for {Month} already open")]
    public static partial void CheckAlreadyOpen(ILogger logger, string month);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A jump in {Month} waits for a senior reviewer in its jurisdiction")]
    public static partial void NoSeniorReviewer(ILogger logger, string month);
}

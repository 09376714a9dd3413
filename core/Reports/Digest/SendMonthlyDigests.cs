using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace CaseCoach.Core.Reports.Digest;

/// <summary>
/// The monthly digest's sweep (R23-R27): once the jurisdiction's local calendar has passed a month's end, each of its
/// directors of quality is sent the month's headline figures, through the outbox. The cause names the jurisdiction
/// and month (<see cref="MonthlyDigestNotice.CauseOf"/>), so repeated sweeps, or two instances, send it once: a
/// month already queued for every director is skipped before anything is computed, and a director whose row exists
/// fails only their own commit with a unique violation, which counts as done.
/// </summary>
public sealed class SendMonthlyDigests(CaseCoachDbContext db, MonthlyDigestQuery query, INotifier notifier, ILogger<SendMonthlyDigests> logger)
{
    /// <returns>How many digests were queued in this run.</returns>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var jurisdictions = await db.Jurisdictions.AsNoTracking().OrderBy(j => j.Id).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var jurisdiction in jurisdictions)
        {
            var today = Instant.FromDateTimeOffset(now).InZone(ReviewFacts.ZoneOf(jurisdiction)).Date.ToDateOnly();
            var month = ReportPeriod.MonthOf(today.AddMonths(-1)); // the last month that has ended
            var cause = MonthlyDigestNotice.CauseOf(jurisdiction, month);
            var directors = await DirectorsAsync(jurisdiction, jurisdictions[0].Id, cancellationToken);
            var waiting = await WaitingAsync(cause, directors, cancellationToken);
            if (waiting.Count == 0) continue;

            var digest = await query.RunAsync(jurisdiction, month, now, cancellationToken);
            foreach (var director in waiting)
                if (await SendAsync(new MonthlyDigestNotice(director, cause, digest), cancellationToken)) sent++;
        }
        return sent;
    }

    /// <summary>Directors of quality whose unit is in the jurisdiction (no unit: the deployment's first jurisdiction, as reports treat them).</summary>
    private async Task<List<Person>> DirectorsAsync(Jurisdiction jurisdiction, long firstJurisdictionId, CancellationToken cancellationToken)
    {
        var directors = await db.People.AsNoTracking().Include(p => p.Unit).Where(p => p.Role == Role.DirectorOfQuality)
            .OrderBy(p => p.Id).ToListAsync(cancellationToken);
        return directors.Where(p => (p.Unit?.JurisdictionId ?? firstJurisdictionId) == jurisdiction.Id).ToList();
    }

    /// <summary>The directors without a digest row for the cause yet (outbox keys start with the cause, bot/Outbound/OutboxKeys).</summary>
    private async Task<List<Person>> WaitingAsync(Cause cause, List<Person> directors, CancellationToken cancellationToken)
    {
        if (directors.Count == 0) return directors;
        var prefix = $"{cause}:";
        var keys = await db.OutboxMessages.AsNoTracking().Where(m => m.IdempotencyKey.StartsWith(prefix))
            .Select(m => m.IdempotencyKey).ToListAsync(cancellationToken);
        return directors.Where(d => !keys.Any(k => k.EndsWith($":{d.AadObjectId}", StringComparison.Ordinal))).ToList();
    }

    private async Task<bool> SendAsync(MonthlyDigestNotice notice, CancellationToken cancellationToken)
    {
        try
        {
            await notifier.NotifyAsync(notice, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            Log.DigestQueued(logger, notice.Digest.Jurisdiction.Key, notice.Digest.Month.Label);
            return true;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            Log.DigestAlreadyQueued(logger, notice.Digest.Jurisdiction.Key, notice.Digest.Month.Label);
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}

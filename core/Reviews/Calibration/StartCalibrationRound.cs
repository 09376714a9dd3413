using CaseCoach.Core.Application;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reports;
using CaseCoach.Core.Scheduling;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace CaseCoach.Core.Reviews.Calibration;

/// <param name="StartedBy">Who starts it: the QA supervisor's aadObjectId, or the operator's name for the command line.</param>
/// <param name="CaseNumbers">The cases' external numbers, 3 to 5 distinct ones of the jurisdiction.</param>
public sealed record StartCalibrationRoundCommand(string StartedBy, string? JurisdictionKey, string? Quarter, IReadOnlyList<string> CaseNumbers, DateTimeOffset Now);

public sealed record CalibrationRoundStarted(CalibrationRound Round, int Cases, int Reviewers, int Reviews);

/// <summary>
/// R25: a calibration round, started from Teams (`calibration start`) or the command line. Every reviewer of the jurisdiction gets a calibration review of each chosen case, due
/// in <see cref="DueInDays"/> days; the survey is the usual one. These reviews never reach the front line
/// (<see cref="Review.ReachesFrontLine"/>) and are counted only in the interrater report.
/// </summary>
public sealed class StartCalibrationRound(CaseCoachDbContext db, InstrumentCatalog instruments, INotifier notifier)
{
    public const int DueInDays = 21;
    public const int CaseNumberMaxLength = 64;

    public async Task<Result<CalibrationRoundStarted>> HandleAsync(StartCalibrationRoundCommand command, CancellationToken cancellationToken)
    {
        var key = command.JurisdictionKey?.Trim() ?? "";
        var jurisdiction = key.Length is 0 or > 64 ? null
            : await db.Jurisdictions.SingleOrDefaultAsync(j => j.Key == key.ToLowerInvariant(), cancellationToken);
        if (jurisdiction is null) return Refused(RefusalCode.NotFound, "calibration-jurisdiction-unknown", "--jurisdiction");
        if (!ReportPeriod.TryParseQuarter(command.Quarter, out var quarter)) return Refused(RefusalCode.Invalid, "calibration-quarter-malformed", "--quarter");

        var numbers = command.CaseNumbers.Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        if (numbers.Count is < CalibrationRound.MinCases or > CalibrationRound.MaxCases || numbers.Any(n => n.Length > CaseNumberMaxLength))
            return Refused(RefusalCode.Invalid, "calibration-case-count", "--cases");
        if (numbers.Distinct(StringComparer.OrdinalIgnoreCase).Count() != numbers.Count)
            return Refused(RefusalCode.Invalid, "calibration-case-repeated", "--cases");

        var map = await JurisdictionMap.LoadAsync(db, cancellationToken);
        var cases = await db.Cases.Include(c => c.Unit).Where(c => numbers.Contains(c.ExternalCaseId)).ToListAsync(cancellationToken);
        if (cases.Count != numbers.Count || cases.Any(c => map.ServingUnit(c.Unit.JurisdictionId)?.Id != jurisdiction.Id))
            return Refused(RefusalCode.NotFound, "calibration-case-unknown", "--cases");

        var reviewers = await JurisdictionReviewers.LoadAsync(db, jurisdiction, cancellationToken);
        if (reviewers.Count < 2) return Refused(RefusalCode.Unavailable, "calibration-too-few-reviewers", null);

        return await db.InTransactionAsync(async ct =>
        {
            var round = CalibrationRound.Start(jurisdiction.Id, quarter.Label, command.StartedBy, command.Now);
            db.Add(round);
            await db.SaveChangesAsync(ct);
            var zone = ZoneNames.Find(jurisdiction.TimeZone) ?? DateTimeZone.Utc;
            var dueOn = Instant.FromDateTimeOffset(command.Now).InZone(zone).Date.ToDateOnly().AddDays(DueInDays);
            var instrument = instruments.Get(jurisdiction.InstrumentKey);
            var count = 0;
            foreach (var reviewed in cases.OrderBy(c => c.ExternalCaseId, StringComparer.Ordinal))
                foreach (var reviewer in reviewers)
                {
                    db.Reviews.Add(Review.ScheduleCalibration(reviewed, reviewer, jurisdiction, instrument, dueOn, round));
                    count++;
                }
            // R25: every reviewer is told, in the same transaction (an outbox row each, with its email twin).
            foreach (var reviewer in reviewers)
                await notifier.NotifyAsync(BlindReviewAssigned.ForRound(reviewer, round, cases.Count, dueOn), ct);
            await db.SaveChangesAsync(ct);
            return Result<CalibrationRoundStarted>.Done(new(round, cases.Count, reviewers.Count, count));
        }, cancellationToken);
    }

    private static Result<CalibrationRoundStarted> Refused(RefusalCode code, string reason, string? field) =>
        Result<CalibrationRoundStarted>.Refused(code, reason, field);
}

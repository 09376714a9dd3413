using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reports;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace CaseCoach.Core.Reviews.Calibration;

/// <param name="Actor">The signed-in person from the activity, never from what they typed.</param>
/// <param name="CaseList">What followed the command: case numbers separated by commas or spaces.</param>
public sealed record StartCalibrationRoundInChatCommand(Person? Actor, string? CaseList, DateTimeOffset Now);

/// <summary>
/// R25 from Teams: `calibration start RC-1001, RC-1002, RC-1003`. Only a QA supervisor may start a round, for the
/// jurisdiction that serves their unit and the quarter of their jurisdiction's today; the rest is
/// <see cref="StartCalibrationRound"/>, the same use case the command line runs.
/// </summary>
public sealed class StartCalibrationRoundInChat(CaseCoachDbContext db, StartCalibrationRound start)
{
    /// <summary>Longer than five case numbers could ever be: refused before it is split.</summary>
    public const int CaseListMaxLength = (StartCalibrationRound.CaseNumberMaxLength + 2) * CalibrationRound.MaxCases;

    public async Task<Result<CalibrationRoundStarted>> HandleAsync(StartCalibrationRoundInChatCommand command, CancellationToken cancellationToken)
    {
        if (command.Actor is not { Role: Role.QaSupervisor } actor)
            return Result<CalibrationRoundStarted>.Refused(RefusalCode.NotAllowed, "calibration-qa-supervisor-only");
        var list = command.CaseList ?? "";
        if (list.Length > CaseListMaxLength)
            return Result<CalibrationRoundStarted>.Refused(RefusalCode.Invalid, "calibration-case-count", "cases");

        var unitJurisdictionId = await db.People.Where(p => p.Id == actor.Id).Select(p => p.Unit == null ? null : p.Unit.JurisdictionId).FirstOrDefaultAsync(cancellationToken);
        var map = await JurisdictionMap.LoadAsync(db, cancellationToken);
        if (map.ServingUnit(unitJurisdictionId) is not { } jurisdiction)
            return Result<CalibrationRoundStarted>.Refused(RefusalCode.NotFound, "calibration-jurisdiction-unknown");

        var today = Instant.FromDateTimeOffset(command.Now).InZone(ReviewFacts.ZoneOf(jurisdiction)).Date.ToDateOnly();
        var numbers = list.Split([',', ';', ' ', '\t', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return await start.HandleAsync(new StartCalibrationRoundCommand(
            actor.AadObjectId, jurisdiction.Key, ReportPeriod.QuarterOf(today).Label, numbers, command.Now), cancellationToken);
    }
}

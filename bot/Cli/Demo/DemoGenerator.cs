using CaseCoach.Bot.Demo;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Application;
using CaseCoach.Core.Cases;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reports;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Cli.Demo;

public sealed record DemoGenerateCommand(int Quarters, int Seed, DateOnly Until);

public sealed record DemoGenerated(int Cases, int Reviews, int Sessions, int Items, int Staffings, ReportPeriod From, ReportPeriod To)
{
    /// <summary>R25: calibration rounds and senior second reviews generated besides the regular reviews.</summary>
    public int CalibrationRounds { get; init; }
    public int SecondReviews { get; init; }
}

/// <summary>
/// `demo generate`: N quarters of reviews, coaching sessions, action items and staffings for the demo agency, drawn
/// from <see cref="Random"/> with a fixed seed, so the same seed and end date give the same data. It adds its own
/// cases (DEMO-…) and refuses a second run, which finds them. Everything goes through the entities' own steps.
/// </summary>
public sealed class DemoGenerator(CaseCoachDbContext db, InstrumentCatalog instruments, DemoDataSeeder seeder)
{
    public const int MaxQuarters = 8;
    public const string CasePrefix = "DEMO-";
    public const string JurisdictionKey = "riverside";
    private const int CasesPerUnit = 8;

    public async Task<Result<DemoGenerated>> HandleAsync(DemoGenerateCommand command, CancellationToken cancellationToken)
    {
        if (command.Quarters is < 1 or > MaxQuarters)
            return Result<DemoGenerated>.Refused(RefusalCode.Invalid, "demo-quarters-out-of-range", "--quarters");
        await seeder.SeedAsync(cancellationToken);
        var jurisdiction = await db.Jurisdictions.SingleOrDefaultAsync(j => j.Key == JurisdictionKey, cancellationToken);
        var people = await db.People.Where(p => p.AadObjectId.StartsWith("00000000-0000-0000-0000-")).ToDictionaryAsync(p => p.AadObjectId, cancellationToken);
        if (jurisdiction is null || !people.ContainsKey(DemoPeople.QaSupervisor) || !people.ContainsKey(DemoPeople.SouthCaseworker))
            return Result<DemoGenerated>.Refused(RefusalCode.Unavailable, "demo-agency-missing");
        if (await db.Cases.AnyAsync(c => c.ExternalCaseId.StartsWith(CasePrefix), cancellationToken))
            return Result<DemoGenerated>.Refused(RefusalCode.AlreadyDone, "demo-already-generated");

        // One transaction: a failure half-way leaves nothing, so the refusal of a second run never meets half a year.
        return await db.InTransactionAsync(ct => GenerateAsync(command, jurisdiction, people, ct), cancellationToken);
    }

    private async Task<Result<DemoGenerated>> GenerateAsync(DemoGenerateCommand command, Jurisdiction jurisdiction, IReadOnlyDictionary<string, Person> people, CancellationToken cancellationToken)
    {
        var last = ReportPeriod.QuarterOf(command.Until);
        var first = last;
        for (var i = 1; i < command.Quarters; i++) first = first.PreviousQuarter();
        var world = new DemoWorld(db, instruments.Get(jurisdiction.InstrumentKey), jurisdiction, people, new Random(command.Seed), command.Until);
        var cases = await world.OpenCasesAsync(CasesPerUnit, first.Start.AddMonths(-2), cancellationToken);
        var counts = new DemoCounts();
        // R25: its own generator, so the regular reviews stay the same for a seed.
        var calibration = new DemoCalibration(db, instruments.Get(jurisdiction.InstrumentKey), jurisdiction, people, new Random(command.Seed + 1), command.Until);
        calibration.SetStanding(first.Start);
        var monthIndex = 0;
        for (var month = first.Start; month <= command.Until; month = month.AddMonths(1), monthIndex++)
        {
            foreach (var reviewed in cases)
                if (await world.MonthAsync(reviewed, month, monthIndex, counts, cancellationToken) is { } review)
                    await calibration.AfterReviewAsync(review, review.CompletedAt!.Value, counts, cancellationToken);
            if (month.Month % 3 == 1) await calibration.RoundAsync(ReportPeriod.QuarterOf(month), cases, counts, cancellationToken);
        }
        return Result<DemoGenerated>.Done(new DemoGenerated(cases.Count, counts.Reviews, counts.Sessions, counts.Items, counts.Staffings, first, last)
        {
            CalibrationRounds = counts.CalibrationRounds,
            SecondReviews = counts.SecondReviews,
        });
    }
}

internal sealed class DemoCounts
{
    public int Reviews, Sessions, Items, Staffings, CalibrationRounds, SecondReviews;
}

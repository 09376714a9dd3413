using CaseCoach.Core.Cases;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Reports;
using CaseCoach.Core.Reports.Interrater;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Reviews.Calibration;
using Microsoft.EntityFrameworkCore;
using static CaseCoach.Tests.Reports.ReportsWorld;

namespace CaseCoach.Tests.Reports;

/// <summary>
/// R25 data on a <see cref="ReportsWorld"/>: a third reviewer, a calibration round over RC-1, RC-2, RC-3 (its reviews
/// made and submitted through the domain's own steps) and senior second reviews of Reviewer1's reviews.
/// </summary>
internal static class InterraterWorld
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<Person> AddReviewerAsync(this ReportsWorld world, string aad, string name)
    {
        await using var db = world.Context();
        var person = Person.Create(aad, $"{aad}@county.example", name, "Reviewer", Role.Reviewer, "America/New_York");
        person.JoinUnit(await db.Units.SingleAsync(u => u.Id == world.North.Id, Ct));
        db.People.Add(person);
        await db.SaveChangesAsync(Ct);
        return person;
    }

    /// <summary>Starts the round with the use case; returns its review keys by (case number, reviewer id).</summary>
    public static async Task<Dictionary<(string Case, long Reviewer), string>> StartRoundAsync(this ReportsWorld world, string quarter, DateTimeOffset now)
    {
        await using var db = world.Context();
        var result = await new StartCalibrationRound(db, InstrumentCatalog.LoadEmbedded(), new CaseCoach.Tests.Fakes.RecordingNotifier()).HandleAsync(
            new StartCalibrationRoundCommand("aad-qas", "riverside", quarter, ["RC-1", "RC-2", "RC-3"], now), Ct);
        Assert.Null(result.Refusal);
        return await db.Reviews.Where(r => r.CalibrationRoundId == result.Value!.Round.Id)
            .Select(r => new { r.Case.ExternalCaseId, r.ReviewerId, r.Key }).ToDictionaryAsync(r => (r.ExternalCaseId, r.ReviewerId), r => r.Key, Ct);
    }

    /// <summary>Submits a review through the domain: every question Yes except those given (a No carries its comment, R5).</summary>
    public static async Task SubmitAsync(this ReportsWorld world, string key, DateTimeOffset at, Dictionary<string, Answer>? answers = null)
    {
        await using var db = world.Context();
        var review = await db.Reviews.Include(r => r.Answers).Include(r => r.Reviewer).Include(r => r.Jurisdiction).SingleAsync(r => r.Key == key, Ct);
        review.Start(review.Reviewer, ReportsWorld.Instrument, at.AddHours(-1));
        var entered = ReportsWorld.Instrument.Questions.ToDictionary(q => q.Id, q => (answers?.GetValueOrDefault(q.Id) ?? Answer.Yes) switch
        {
            Answer.No => new EnteredAnswer("no", "Specific example for the No."),
            Answer.NotApplicable => new EnteredAnswer("na", ""),
            _ => new EnteredAnswer("yes", ""),
        });
        Assert.True(review.Submit(review.Reviewer, ReportsWorld.Instrument, new SurveyEntry(entered, "Strengths.", ""), at).IsValid);
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>A senior reviewer's second review of the regular review <paramref name="originalId"/>; returns its key.</summary>
    public static async Task<string> SecondReviewAsync(this ReportsWorld world, long originalId, Person senior)
    {
        await using var db = world.Context();
        var original = await db.Reviews.Include(r => r.Case).Include(r => r.Jurisdiction).SingleAsync(r => r.Id == originalId, Ct);
        var second = Review.ScheduleSecondReview(original, await db.People.SingleAsync(p => p.Id == senior.Id, Ct), ReportsWorld.Instrument, original.DueOn.AddDays(14));
        db.Reviews.Add(second);
        await db.SaveChangesAsync(Ct);
        return second.Key;
    }

    public static async Task<InterraterReport> InterraterAsync(this ReportsWorld world, string quarter)
    {
        await using var db = world.Context();
        Assert.True(ReportPeriod.TryParseQuarter(quarter, out var period));
        return await new InterraterReportQuery(db, InstrumentCatalog.LoadEmbedded()).RunAsync(world.ViewerOf(world.DirectorOfQuality), period, Ct);
    }

    /// <summary>
    /// The worked example of <see cref="InterraterReportTests"/>: 3 reviewers x 3 cases in 2026Q4; on q1 RC-1 is Yes x3,
    /// RC-2 Yes, Yes, No, RC-3 No x3; every other answer Yes. Reviewer1's two regular reviews second-reviewed by Reviewer2:
    /// A (q1 No) against (q1 No, q2 No), B (q3 N/A) against all Yes.
    /// </summary>
    public static async Task<Person> SeedWorkedExampleAsync(this ReportsWorld world, bool leaveOnePending = false)
    {
        var third = await world.AddReviewerAsync("aad-rev3", "Robin Diaz");
        var keys = await world.StartRoundAsync("2026Q4", NewYork(2026, 10, 1));
        var at = NewYork(2026, 10, 20);
        var no = new Dictionary<string, Answer> { ["q1"] = Answer.No };
        foreach (var reviewer in new[] { world.Reviewer1, world.Reviewer2, third })
        {
            await world.SubmitAsync(keys[("RC-1", reviewer.Id)], at);
            if (!(leaveOnePending && reviewer == third))
                await world.SubmitAsync(keys[("RC-2", reviewer.Id)], at, reviewer == third ? no : null);
            await world.SubmitAsync(keys[("RC-3", reviewer.Id)], at, no);
        }

        var a = await world.ReviewAsync(world.N1, world.Reviewer1, NewYork(2026, 10, 5), new() { ["q1"] = Answer.No });
        var b = await world.ReviewAsync(world.N2, world.Reviewer1, NewYork(2026, 11, 5), new() { ["q3"] = Answer.NotApplicable });
        await world.SubmitAsync(await world.SecondReviewAsync(a, world.Reviewer2), NewYork(2026, 10, 12), new() { ["q1"] = Answer.No, ["q2"] = Answer.No });
        await world.SubmitAsync(await world.SecondReviewAsync(b, world.Reviewer2), NewYork(2026, 11, 12));
        return third;
    }
}

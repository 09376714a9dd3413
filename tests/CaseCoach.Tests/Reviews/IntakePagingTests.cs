using CaseCoach.Core.Cases;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Reviews.Intake;
using CaseCoach.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.Reviews;

/// <summary>
/// Issue 14 item 3: the intake sweep reads open cases in pages and only each page's reviews; priority, capacity and
/// "one open review per case" still hold across pages (R1, R2).
/// </summary>
public sealed class IntakePagingTests
{
    private const int Extra = 1_200; // more than two pages of the planner's 500

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Across_pages_the_highest_score_gets_the_free_reviewer_and_every_other_case_waits_R1_R2(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        await using var world = await ReviewWorld.StartAsync(database: database);
        await world.InDbAsync(async db =>
        {
            (await db.Jurisdictions.SingleAsync(Ct)).SetIntake(reviewerCapacity: 1, alternateReviewerEvery: 4);
            var first = await db.Cases.Include(c => c.Unit).Include(c => c.Caseworker).Include(c => c.Supervisor).FirstAsync(Ct);
            for (var i = 0; i < Extra; i++)
            {
                var listed = Case.Open($"P-{i:D4}", $"Family {i}", first.Unit, first.Caseworker, first.Supervisor, ReviewWorld.CaseOpenedOn);
                listed.Rescore(0.1m + i * 0.0005m, []); // the highest score is in the last page
                db.Cases.Add(listed);
            }
            return await db.SaveChangesAsync(Ct);
        });
        await world.AssignReviewAsync(world.Reviewer, "RC-1001"); // the first reviewer is full; RC-1001 has its open review
        await world.SetClockAsync("2026-07-05T12:00:00Z");

        var plan = await world.InScopeAsync(s => s.GetRequiredService<IntakePlanner>()
            .PlanAsync(DateTimeOffset.Parse("2026-07-05T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture), new IntakeOptions(), int.MaxValue, Ct));
        // Listing only the first few waiting cases keeps the same decisions and the same order, and still counts them all.
        var listedFew = await world.InScopeAsync(s => s.GetRequiredService<IntakePlanner>()
            .PlanAsync(DateTimeOffset.Parse("2026-07-05T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture), new IntakeOptions(), 3, Ct));
        await world.Channel.SweepAsync();

        Assert.Equal(plan.Waiting.Take(3).Select(w => w.CaseNumber), listedFew.Waiting.Select(w => w.CaseNumber));
        Assert.Equal((Extra, Extra), (plan.WaitingCount, listedFew.WaitingCount));
        Assert.Equal(plan.Assign.Select(a => a.Case.Id), listedFew.Assign.Select(a => a.Case.Id));
        var planned = Assert.Single(plan.Assign);
        Assert.Equal(($"P-{Extra - 1:D4}", world.SecondReviewer.AadObjectId), (planned.Case.ExternalCaseId, planned.Reviewer.AadObjectId));
        Assert.Equal(Extra, plan.Waiting.Count); // RC-1002 and every other extra case; RC-1001 is not queued twice
        Assert.DoesNotContain(plan.Waiting, w => w.CaseNumber == "RC-1001");
        var open = await world.InDbAsync(db => db.Reviews.Where(r => r.Status == ReviewStatus.Assigned)
            .Select(r => r.Case.ExternalCaseId).OrderBy(id => id).ToListAsync(Ct));
        Assert.Equal([$"P-{Extra - 1:D4}", "RC-1001"], open);
    }
}

using CaseCoach.Bot.Plugins.Reviews;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.Reviews;

/// <summary>Style item 33 (issue 10): the intake sweep reads only a unique-key violation as "another instance did it".</summary>
public sealed class SchedulingSweepFailureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_save_failure_that_is_not_a_unique_key_is_raised_not_taken_for_a_lost_race_R1()
    {
        await using var world = await ReviewWorld.StartAsync();
        await world.InstallAsync(world.Reviewer, world.SecondReviewer);
        await world.SetClockAsync("2026-07-05T12:00:00Z"); // both listed cases are due their first review (R1)

        var failure = await world.InScopeAsync(async s =>
        {
            // A row that breaks a foreign key rides along in the sweep's unit of work, so its save fails for another reason.
            var now = DateTimeOffset.Parse("2026-07-05T12:00:00Z");
            s.GetRequiredService<CaseCoachDbContext>().Add(CoachingHold.Placed(999_999, "no-such-review", now, now.AddHours(1), now));
            return await Record.ExceptionAsync(() => s.GetRequiredService<ReviewSchedulingSweep>().RunOnceAsync(Ct));
        });

        var raised = Assert.IsType<DbUpdateException>(failure, exactMatch: false);
        Assert.False(raised.IsUniqueViolation());
        Assert.Equal(0, await world.InDbAsync(db => db.Reviews.CountAsync(Ct)));
    }
}

using CaseCoach.Core.Reports.Fidelity;
using CaseCoach.Core.Reviews;
using static CaseCoach.Tests.Reports.ReportsWorld;

namespace CaseCoach.Tests.Reports;

/// <summary>R24, R27, R23 on seeded reviews, sessions and staffings.</summary>
public sealed class FidelityReportTests
{
    private static readonly DateTimeOffset Now = NewYork(2027, 1, 15);

    [Fact]
    public async Task Feedback_within_two_weeks_is_the_congratulation_or_the_session_R27()
    {
        await using var world = await CreateAsync();
        // No coaching needed, decided 2 hours after completion: feedback on time.
        await world.ReviewAsync(world.N1, world.Reviewer1, NewYork(2026, 10, 5));
        // Coaching needed, session 10 days later: on time. Another, session 20 days later: late.
        var onTime = await world.ReviewAsync(world.N2, world.Reviewer1, NewYork(2026, 10, 6), new() { ["q3"] = Answer.No });
        await world.CoachAsync(onTime, NewYork(2026, 10, 16), NewYork(2026, 10, 20));
        var late = await world.ReviewAsync(world.S1, world.Reviewer2, NewYork(2026, 11, 2), new() { ["q1"] = Answer.No });
        await world.CoachAsync(late, NewYork(2026, 11, 22), NewYork(2026, 11, 16));
        // Coaching needed, no session yet, and the two weeks have passed: late too.
        await world.ReviewAsync(world.S1, world.Reviewer1, NewYork(2026, 12, 1), new() { ["q2"] = Answer.No });

        var report = await world.FidelityAsync("2026Q4", Now);

        Assert.Equal(4, report.Reviews);
        Assert.Equal(new TimeframeSummary(Timeframe.FeedbackWithinTwoWeeks, 2, 2, 0), report.Feedback);
        Assert.Equal(0.5, report.Feedback.Share);
        Assert.Equal(new TimeframeSummary(Timeframe.CoachingWithinTwoWeeks, 1, 2, 0), report.Timeframes.Single(t => t.Timeframe == Timeframe.CoachingWithinTwoWeeks));
        Assert.Equal(new TimeframeSummary(Timeframe.DebriefBeforeCoaching, 4, 0, 0), report.Timeframes.Single(t => t.Timeframe == Timeframe.DebriefBeforeCoaching));
    }

    [Fact]
    public async Task A_review_still_inside_its_two_weeks_is_pending_not_late_R27()
    {
        await using var world = await CreateAsync();
        await world.ReviewAsync(world.S1, world.Reviewer1, NewYork(2027, 1, 10), new() { ["q2"] = Answer.No });
        var report = await world.FidelityAsync("2027Q1", Now);
        Assert.Equal(new TimeframeSummary(Timeframe.FeedbackWithinTwoWeeks, 0, 0, 1), report.Feedback);
        Assert.Null(report.Feedback.Share);
    }

    [Fact]
    public async Task A_quarter_with_no_reviews_has_no_shares()
    {
        await using var world = await CreateAsync();
        var report = await world.FidelityAsync("2026Q2", Now);
        Assert.False(report.HasReviews);
        Assert.All(report.Timeframes, t => Assert.Null(t.Share));
    }

    [Fact]
    public async Task Repeat_staffings_are_counted_per_unit_per_quarter_within_90_days_R23()
    {
        await using var world = await CreateAsync();
        await world.StaffingAsync(world.N1, NewYork(2026, 8, 3));
        await world.StaffingAsync(world.N2, NewYork(2026, 10, 20)); // 78 days later: a repeat for North
        await world.StaffingAsync(world.S1, NewYork(2026, 11, 2));
        await world.StaffingAsync(world.S1, NewYork(2027, 3, 1)); // 119 days later: not a repeat

        var report = await world.FidelityAsync("2026Q4", Now);

        var north = report.Staffings.Where(s => s.UnitId == world.North.Id).ToDictionary(s => s.Quarter.Label);
        Assert.Equal(["2026Q1", "2026Q2", "2026Q3", "2026Q4"], north.Keys);
        Assert.Equal((1, 0), (north["2026Q3"].Staffings, north["2026Q3"].Repeats));
        Assert.Equal((1, 1), (north["2026Q4"].Staffings, north["2026Q4"].Repeats));
        var south = report.Staffings.Single(s => s.UnitId == world.South.Id && s.Quarter.Label == "2026Q4");
        Assert.Equal((1, 0), (south.Staffings, south.Repeats));
    }

    [Fact]
    public async Task A_review_needing_no_coaching_is_assessed_on_the_pre_coaching_section_only_R24()
    {
        await using var world = await CreateAsync();
        await world.ReviewAsync(world.N1, world.Reviewer1, NewYork(2026, 10, 5));
        var assessment = Assert.Single((await world.FidelityAsync("2026Q4", Now)).Assessments);

        // Items 2 and 4 N/A (all Yes, no opportunities), 7-10 N/A (no coaching). Item 1 awaits ticks: 0.
        // Item 3: strengths written (3a, 3b hold), 3c awaits a tick -> some of level 5 -> 4.
        // Item 5: debriefed (5a holds), level 5 has only 5b left (5c, 5d N/A), awaiting -> 3. Item 6: 6a holds, the rest N/A -> 5.
        Assert.Equal([0, null, 4, null, 3, 5, null, null, null, null], assessment.Items.Select(i => i.Score));
        Assert.Equal((12, 20), (assessment.Total, assessment.Max));
        Assert.Equal(5, assessment.AwaitingTicks); // 1a-1c, 3c, 5b
    }
}

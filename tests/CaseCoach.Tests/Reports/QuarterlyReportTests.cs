using CaseCoach.Core.Reports;
using CaseCoach.Core.Reviews;
using static CaseCoach.Tests.Reports.ReportsWorld;

namespace CaseCoach.Tests.Reports;

/// <summary>R26 figures on seeded reviews, against values worked out by hand in the comments.</summary>
public sealed class QuarterlyReportTests
{
    /// <summary>
    /// Q4 2026: A (N1, reviewer 1, q3 No), B (N2, reviewer 2, q3 N/A), C (S1, reviewer 1, q1 and q3 No, not enough
    /// information). Q3: D (N1, all Yes) and E, completed 03:00 UTC on 1 October = 23:00 on 30 September in New York.
    /// </summary>
    private static async Task<ReportsWorld> SeededAsync()
    {
        var world = await CreateAsync();
        await world.ReviewAsync(world.N1, world.Reviewer1, NewYork(2026, 10, 5), new() { ["q3"] = Answer.No });
        await world.ReviewAsync(world.N2, world.Reviewer2, NewYork(2026, 11, 10), new() { ["q3"] = Answer.NotApplicable });
        await world.ReviewAsync(world.S1, world.Reviewer1, NewYork(2026, 12, 1), new() { ["q1"] = Answer.No, ["q3"] = Answer.No }, notEnoughInformation: true);
        await world.ReviewAsync(world.N1, world.Reviewer1, NewYork(2026, 8, 20));
        await world.ReviewAsync(world.S1, world.Reviewer2, new DateTimeOffset(2026, 10, 1, 3, 0, 0, TimeSpan.Zero));
        return world;
    }

    [Fact]
    public async Task Shares_by_question_count_yes_no_and_na_of_the_quarter_R26()
    {
        await using var world = await SeededAsync();
        var report = await world.QuarterlyAsync("2026Q4");

        Assert.Equal(3, report.Facts.Reviews);
        Assert.Equal(1, report.Facts.NotEnoughInformation);
        var q3 = report.Questions.Single(q => q.Question.Id == "q3").Tally;
        Assert.Equal(new AnswerTally(0, 2, 1), q3);
        Assert.Equal(2 / 3.0, q3.NoShare!.Value, 6);
        Assert.Equal(1 / 3.0, q3.NotApplicableShare!.Value, 6);
        var q1 = report.Questions.Single(q => q.Question.Id == "q1").Tally;
        Assert.Equal(new AnswerTally(2, 1, 0), q1);
        Assert.Equal(9, report.Questions.Count);
    }

    [Fact]
    public async Task A_review_late_on_the_last_local_day_of_a_quarter_counts_in_that_quarter_R26()
    {
        await using var world = await SeededAsync();
        var q3 = await world.QuarterlyAsync("2026Q3");
        Assert.Equal(2, q3.Facts.Reviews);
    }

    [Fact]
    public async Task Cells_split_by_unit_and_by_reviewer_R26()
    {
        await using var world = await SeededAsync();
        var report = await world.QuarterlyAsync("2026Q4");

        Assert.Equal(new AnswerTally(2, 0, 0), report.Cell("q1", world.North.Id));
        Assert.Equal(new AnswerTally(0, 1, 0), report.Cell("q1", world.South.Id));
        Assert.Equal(new AnswerTally(1, 0, 0), report.ByQuestionUnitReviewer.Single(c => c.QuestionId == "q1" && c.UnitId == world.North.Id && c.ReviewerId == world.Reviewer2.Id).Tally);
        Assert.Equal(new AnswerTally(0, 1, 0), report.ByQuestionUnitReviewer.Single(c => c.QuestionId == "q1" && c.UnitId == world.South.Id && c.ReviewerId == world.Reviewer1.Id).Tally);
        Assert.Equal("South Unit", report.UnitName(world.South.Id));
        Assert.Equal("Sam Okafor", report.ReviewerName(world.Reviewer2.Id));
    }

    [Fact]
    public async Task Trend_covers_the_last_four_quarters_and_empty_quarters_have_no_reviews_R26()
    {
        await using var world = await SeededAsync();
        var report = await world.QuarterlyAsync("2026Q4");

        Assert.Equal(["2026Q1", "2026Q2", "2026Q3", "2026Q4"], report.Trend.Select(t => t.Quarter.Label));
        Assert.Equal([0, 0, 2, 3], report.Trend.Select(t => t.Reviews));
        Assert.Null(report.Trend[0].Overall.Performance);
        // Q3: 18 answers, all Yes. Q4: 27 answers: 3 No (q3 on A, q1 and q3 on C), 1 N/A, 23 Yes -> 23/26.
        Assert.Equal(1.0, report.Trend[2].Overall.Performance);
        Assert.Equal(23 / 26.0, report.Trend[3].Overall.Performance!.Value, 6);
    }

    [Fact]
    public async Task A_unit_below_the_question_average_is_paired_with_the_strongest_unit_R26()
    {
        await using var world = await SeededAsync();
        var report = await world.QuarterlyAsync("2026Q4");

        // q1: North 2/2 Yes, South 0/1, overall 2/3; q3: both 0%, nobody below the average; other questions all Yes.
        var pairing = Assert.Single(report.Pairings);
        Assert.Equal(new UnitPairing("q1", world.South.Id, 0, world.North.Id, 1), pairing);
    }

    [Fact]
    public async Task A_quarter_with_no_reviews_says_so_and_shows_no_percentages_R26()
    {
        await using var world = await SeededAsync();
        var report = await world.QuarterlyAsync("2026Q1");

        Assert.False(report.HasReviews);
        Assert.All(report.Questions, q => Assert.Null(q.Tally.YesShare));
        Assert.Empty(report.Pairings);
    }

    [Fact]
    public async Task A_caseworker_scope_counts_only_the_reviews_of_their_own_cases()
    {
        await using var world = await SeededAsync();
        var report = await world.QuarterlyAsync("2026Q4", new ReportScope(world.Jurisdiction.Id, CaseworkerId: world.SouthWorker.Id));

        Assert.Equal(1, report.Facts.Reviews);
        Assert.Equal(new AnswerTally(0, 1, 0), report.Questions.Single(q => q.Question.Id == "q1").Tally);
    }

    [Fact]
    public async Task Jump_flags_wait_for_six_months_of_reviews_R26()
    {
        await using var world = await SeededAsync();
        // First review in August 2026: flags apply from February 2027.
        Assert.False((await world.QuarterlyAsync("2026Q4")).FlagsApply);
        Assert.True((await world.QuarterlyAsync("2027Q1")).FlagsApply);
    }

    [Fact]
    public async Task A_half_again_better_month_for_a_question_and_a_unit_is_flagged_R26()
    {
        await using var world = await CreateAsync();
        await world.ReviewAsync(world.N1, world.Reviewer1, NewYork(2026, 1, 10));
        // January: N2 q1 No, S1 q1 No -> q1 1/3 Yes. February: all three Yes -> q1 3/3, a 200% rise.
        await world.ReviewAsync(world.N2, world.Reviewer1, NewYork(2026, 7, 6), new() { ["q1"] = Answer.No, ["q2"] = Answer.No });
        await world.ReviewAsync(world.S1, world.Reviewer2, NewYork(2026, 7, 7), new() { ["q1"] = Answer.No });
        await world.ReviewAsync(world.N1, world.Reviewer1, NewYork(2026, 7, 8));
        foreach (var (c, d) in new[] { (world.N1, 3), (world.N2, 4), (world.S1, 5) })
            await world.ReviewAsync(c, world.Reviewer2, NewYork(2026, 8, d));

        var report = await world.QuarterlyAsync("2026Q3");

        // q1: July 1/3 -> August 3/3 (+200%); q2: July 2/3 -> 3/3 (+50%); North: July 16/18 -> 18/18 (+12.5%, no);
        // South: July 8/9 -> 9/9 (+12.5%, no). July itself follows June, which had no reviews: no flag.
        Assert.Equal([("q1", null), ("q2", (long?)null)], report.Flags.Select(f => (f.QuestionId, f.UnitId)).ToArray());
        Assert.All(report.Flags, f => Assert.Equal("2026-08", f.Month.Label));
        Assert.Equal(1 / 3.0, report.Flags[0].Before, 6);
    }

    [Theory]
    [InlineData("2026Q4", true)]
    [InlineData("2026q1", true)]
    [InlineData("2026Q5", false)]
    [InlineData("26Q1", false)]
    [InlineData("2026-Q1", false)]
    [InlineData("", false)]
    public void Quarters_parse_strictly(string text, bool valid) => Assert.Equal(valid, ReportPeriod.TryParseQuarter(text, out _));
}

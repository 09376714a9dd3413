using CaseCoach.Core.Reviews;
using static CaseCoach.Tests.Reports.ReportsWorld;

namespace CaseCoach.Tests.Reports;

/// <summary>R25: the interrater report as a pure query, its figures against values worked out by hand.</summary>
public sealed class InterraterReportTests
{
    [Fact]
    public async Task Fleiss_kappa_and_full_agreement_per_question_match_the_hand_computed_values_R25()
    {
        await using var world = await CreateAsync();
        await world.SeedWorkedExampleAsync();

        var round = Assert.Single((await world.InterraterAsync("2026Q4")).Rounds);
        Assert.True(round.IsComplete);
        Assert.Equal((3, 9, 9), (round.Reviewers, round.Expected, round.Submitted));
        Assert.Equal(["RC-1", "RC-2", "RC-3"], round.CaseNumbers);
        // q1: rows [3,0,0], [2,1,0], [0,3,0]. P-bar = (1 + 1/3 + 1) / 3 = 7/9; Pe = (5/9)^2 + (4/9)^2 = 41/81;
        // kappa = (7/9 - 41/81) / (1 - 41/81) = 22/40 = 0.55. All agree on RC-1 and RC-3: 2 of 3 cases.
        var q1 = round.Questions.Single(q => q.Question.Id == "q1");
        Assert.Equal(3, q1.Cases);
        Assert.Equal(2 / 3.0, q1.PercentAgreement!.Value, 9);
        Assert.Equal(0.55, q1.FleissKappa!.Value, 9);
        // Every other question: all Yes, full agreement, kappa undefined (chance agreement is already perfect), never 0.
        Assert.All(round.Questions.Where(q => q.Question.Id != "q1"), q => Assert.Equal((1.0, (double?)null), (q.PercentAgreement!.Value, q.FleissKappa)));
    }

    [Fact]
    public async Task Strengths_and_opportunities_stand_side_by_side_highest_and_lowest_agreement_R25()
    {
        await using var world = await CreateAsync();
        await world.SeedWorkedExampleAsync();

        var round = Assert.Single((await world.InterraterAsync("2026Q4")).Rounds);
        Assert.Equal(["q2", "q3", "q4"], round.Strengths.Select(q => q.Question.Id));
        Assert.Equal("q1", round.Opportunities[0].Question.Id);
        Assert.Equal(3, round.Opportunities.Count);
        Assert.Empty(round.Strengths.Intersect(round.Opportunities));
    }

    [Fact]
    public async Task Cohens_kappa_of_a_new_reviewer_against_the_senior_matches_the_hand_computed_value_R25()
    {
        await using var world = await CreateAsync();
        await world.SeedWorkedExampleAsync();

        var reviewer = Assert.Single((await world.InterraterAsync("2026Q4")).NewReviewers);
        Assert.Equal((world.Reviewer1.Id, "Jordan Patel", 2, 18), (reviewer.ReviewerId, reviewer.ReviewerName, reviewer.Reviews, reviewer.Answers));
        // 18 pairs, 16 equal: Po = 16/18. Marginals: new reviewer Yes 16, No 1, N/A 1; senior Yes 16, No 2.
        // Pe = (16*16 + 1*2 + 1*0) / 18^2 = 258/324; kappa = (288 - 258) / (324 - 258) = 30/66 = 5/11.
        Assert.Equal(16 / 18.0, reviewer.PercentAgreement!.Value, 9);
        Assert.Equal(5 / 11.0, reviewer.CohenKappa!.Value, 9);
    }

    [Fact]
    public async Task A_round_shows_nothing_of_anyones_answers_until_every_review_is_in_R25()
    {
        await using var world = await CreateAsync();
        await world.SeedWorkedExampleAsync(leaveOnePending: true);

        var round = Assert.Single((await world.InterraterAsync("2026Q4")).Rounds);
        Assert.False(round.IsComplete);
        Assert.Equal((9, 8), (round.Expected, round.Submitted));
        Assert.Empty(round.Questions);
        Assert.Empty(round.Strengths);
    }

    [Fact]
    public async Task A_quarter_without_calibration_or_second_reviews_has_no_figures_R25()
    {
        await using var world = await CreateAsync();
        await world.ReviewAsync(world.N1, world.Reviewer1, NewYork(2026, 10, 5));

        var report = await world.InterraterAsync("2026Q4");
        Assert.False(report.HasCalibration);
    }

    [Fact]
    public async Task Calibration_and_second_reviews_do_not_count_in_the_quarterly_report_R25_R26()
    {
        await using var world = await CreateAsync();
        await world.SeedWorkedExampleAsync();

        var quarterly = await world.QuarterlyAsync("2026Q4");
        Assert.Equal(2, quarterly.Facts.Reviews); // the two regular reviews A and B, not 9 calibration + 2 second reviews
        var q1 = quarterly.Questions.Single(q => q.Question.Id == "q1").Tally;
        Assert.Equal((1, 1), (q1.Yes, q1.No));
    }

    [Theory]
    [InlineData(0.10, new[] { 10, 20, 30 })]
    [InlineData(0.05, new[] { 20 })]
    public void Second_review_picks_are_deterministic_every_tenth_or_twentieth_R25(double share, int[] picked)
    {
        Assert.Equal(picked, Enumerable.Range(1, 30).Where(k => Core.Reviews.Calibration.SecondReviews.Picks(k, share)));
    }

    [Theory]
    [InlineData(6, 0.10, true)]
    [InlineData(6, 0.05, true)]
    [InlineData(6, 0.20, false)]
    [InlineData(6, 0.01, false)]
    [InlineData(0, 0.10, false)]
    [InlineData(61, 0.10, false)]
    public void Second_review_settings_are_validated_R25(int months, double share, bool valid)
    {
        var options = new Core.Reviews.Calibration.SecondReviewOptions { NewReviewerMonths = months, SecondReviewShare = share };
        var errors = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        Assert.Equal(valid, System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), errors, validateAllProperties: true));
        Assert.All(errors, e => Assert.StartsWith("Set Reviews:", e.ErrorMessage, StringComparison.Ordinal));
    }
}

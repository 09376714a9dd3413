using CaseCoach.Core.Instruments;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Tests.Reviews;

/// <summary>The pure scheduling rules: due dates and stop rules (R2), alternation (R3), order by score (R1).</summary>
public sealed class ReviewSchedulerTests
{
    private static readonly DateOnly Opened = new(2026, 6, 1);

    [Fact]
    public void The_first_review_is_due_within_6_months_of_opening_then_quarterly_R2()
    {
        var first = ReviewScheduler.NextDueOn(Opened, null);
        var second = ReviewScheduler.NextDueOn(Opened, first);

        Assert.Equal(new DateOnly(2026, 12, 1), first);
        Assert.Equal(new DateOnly(2027, 3, 1), second);
    }

    [Theory]
    [InlineData(true, false, false, InstrumentModel.Permanency, "case closed")]
    [InlineData(false, true, false, InstrumentModel.Permanency, "goal changed")]
    [InlineData(false, false, true, InstrumentModel.Safety, "children removed")]
    [InlineData(false, false, true, InstrumentModel.Permanency, null)]
    [InlineData(false, false, false, InstrumentModel.Safety, null)]
    public void Reviews_stop_on_closure_goal_change_and_in_the_safety_model_removal_R2(
        bool closed, bool goalChanged, bool removed, InstrumentModel model, string? reason)
    {
        var facts = new CaseScheduleFacts(Opened, closed, goalChanged, removed, [new DateOnly(2025, 1, 1)]);

        Assert.Equal(reason, ReviewScheduler.StopReason(facts, model, new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void In_the_safety_model_reviews_stop_once_the_youngest_child_turns_3_R2()
    {
        var facts = new CaseScheduleFacts(Opened, false, false, false, [new DateOnly(2019, 5, 1), new DateOnly(2023, 12, 1)]);

        Assert.Null(ReviewScheduler.StopReason(facts, InstrumentModel.Safety, new DateOnly(2026, 11, 30)));
        Assert.Equal("youngest child turned 3", ReviewScheduler.StopReason(facts, InstrumentModel.Safety, new DateOnly(2026, 12, 1)));
        Assert.Null(ReviewScheduler.StopReason(facts, InstrumentModel.Permanency, new DateOnly(2026, 12, 1)));
    }

    [Fact]
    public void A_re_review_goes_to_a_different_reviewer_even_with_a_heavier_load_R3()
    {
        ReviewerLoad[] reviewers = [new(1, 0), new(2, 3)];

        Assert.Equal(2, ReviewScheduler.PickReviewer(reviewers, previousReviewerId: 1));
        Assert.Equal(1, ReviewScheduler.PickReviewer(reviewers, previousReviewerId: null));
    }

    [Fact]
    public void A_lone_reviewer_still_gets_the_re_review_and_no_reviewer_means_none_R3()
    {
        Assert.Equal(7, ReviewScheduler.PickReviewer([new(7, 2)], previousReviewerId: 7));
        Assert.Null(ReviewScheduler.PickReviewer([], previousReviewerId: 7));
    }

    [Fact]
    public void Work_is_ordered_by_score_highest_first_then_by_due_date_R1()
    {
        (string Id, decimal Score, DateOnly Due)[] cases =
            [("low", 0.2m, Opened), ("high-late", 0.9m, Opened.AddDays(9)), ("high-early", 0.9m, Opened)];

        Assert.Equal(["high-early", "high-late", "low"], ReviewScheduler.ByPriority(cases, c => c.Score, c => c.Due).Select(c => c.Id));
    }
}

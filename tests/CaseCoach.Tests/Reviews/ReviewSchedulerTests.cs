using CaseCoach.Core.Instruments;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Tests.Reviews;

/// <summary>The pure scheduling rules: due dates and stop rules (R2), alternation (R3), order by score (R1).</summary>
public sealed class ReviewSchedulerTests
{
    private static readonly DateOnly Opened = new(2026, 6, 1);

    [Fact]
    public void The_first_review_is_due_6_months_after_opening_and_the_next_3_months_after_completion_R2()
    {
        Assert.Equal(new DateOnly(2026, 12, 1), ReviewScheduler.FirstDueOn(Opened, today: new DateOnly(2026, 6, 10), catchUpDays: 14));
        Assert.Equal(new DateOnly(2027, 3, 20), ReviewScheduler.RecurrenceOn(new DateOnly(2026, 12, 20)));
    }

    [Fact]
    public void A_case_listed_after_its_6_month_mark_is_due_14_days_after_assignment_never_in_the_past_R2()
    {
        var listedTwoYearsLate = new DateOnly(2028, 6, 1);

        Assert.Equal(new DateOnly(2028, 6, 15), ReviewScheduler.FirstDueOn(Opened, listedTwoYearsLate, catchUpDays: 14));
        Assert.Equal(new DateOnly(2028, 6, 15), ReviewScheduler.CatchUp(new DateOnly(2027, 3, 1), listedTwoYearsLate, 14));
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
    public void A_re_review_stays_with_the_previous_reviewer_while_they_have_room_R3()
    {
        ReviewerLoad[] free = [new(1, 5), new(2, 0)];

        Assert.Equal(1, ReviewScheduler.PickReviewer(free, previousReviewerId: 1, alternate: false));
        Assert.Equal(2, ReviewScheduler.PickReviewer([new(2, 0)], previousReviewerId: 1, alternate: false));
        Assert.Equal(2, ReviewScheduler.PickReviewer(free, previousReviewerId: null, alternate: false));
    }

    [Fact]
    public void Every_Nth_re_review_goes_to_another_reviewer_with_room_or_stays_when_nobody_else_has_any_R3()
    {
        ReviewerLoad[] free = [new(1, 0), new(2, 3)];

        Assert.Equal(2, ReviewScheduler.PickReviewer(free, previousReviewerId: 1, alternate: true));
        Assert.Equal(7, ReviewScheduler.PickReviewer([new(7, 2)], previousReviewerId: 7, alternate: true));
        Assert.Null(ReviewScheduler.PickReviewer([], previousReviewerId: 7, alternate: false));
    }

    [Theory]
    [InlineData(0, 4, false)]
    [InlineData(1, 4, false)]
    [InlineData(3, 4, false)]
    [InlineData(4, 4, true)]
    [InlineData(8, 4, true)]
    [InlineData(1, 1, true)]
    public void Alternation_falls_on_every_Nth_re_review_R3(int previousReviews, int every, bool alternate) =>
        Assert.Equal(alternate, ReviewScheduler.AlternationDue(previousReviews, every));

    [Fact]
    public void Work_is_ordered_by_score_highest_first_then_by_due_date_R1()
    {
        (string Id, decimal Score, DateOnly Due)[] cases =
            [("low", 0.2m, Opened), ("high-late", 0.9m, Opened.AddDays(9)), ("high-early", 0.9m, Opened)];

        Assert.Equal(["high-early", "high-late", "low"], ReviewScheduler.ByPriority(cases, c => c.Score, c => c.Due).Select(c => c.Id));
    }
}

using CaseCoach.Core.Instruments;

namespace CaseCoach.Core.Reviews;

/// <summary>What R2's stop rules look at, for one case.</summary>
/// <param name="GoalChanged">The permanency goal changed since the last review.</param>
/// <param name="ChildrenRemoved">Safety model: the children were removed from the home.</param>
public sealed record CaseScheduleFacts(
    DateOnly OpenedOn, bool Closed, bool GoalChanged, bool ChildrenRemoved, IReadOnlyList<DateOnly> ChildBirthDates);

/// <summary>A reviewer who could take the next review, with the open reviews they already hold.</summary>
public sealed record ReviewerLoad(long ReviewerId, int OpenReviews);

/// <summary>Pure scheduling rules: when reviews fall due (R2), when they stop (R2), who does them (R3), in what order (R1).</summary>
public static class ReviewScheduler
{
    public const int FirstReviewWithinMonths = 6;
    public const int RecurEveryMonths = 3;

    /// <summary>R2: the first review within 6 months of opening, then quarterly after the previous due date.</summary>
    public static DateOnly NextDueOn(DateOnly openedOn, DateOnly? previousDueOn) =>
        previousDueOn is { } previous ? previous.AddMonths(RecurEveryMonths) : openedOn.AddMonths(FirstReviewWithinMonths);

    /// <summary>R2: why no review is due on <paramref name="dueOn"/>, or null when one is.</summary>
    public static string? StopReason(CaseScheduleFacts facts, InstrumentModel model, DateOnly dueOn)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Closed) return "case closed";
        if (facts.GoalChanged) return "goal changed";
        if (model != InstrumentModel.Safety) return null;
        if (facts.ChildrenRemoved) return "children removed";
        if (facts.ChildBirthDates.Count > 0 && facts.ChildBirthDates.Max().AddYears(3) <= dueOn) return "youngest child turned 3";
        return null;
    }

    /// <summary>
    /// R3: re-reviews alternate reviewers, so the previous reviewer is passed over whenever someone else can
    /// take it; among the rest the lightest load wins, then the lowest id (stable on every instance).
    /// </summary>
    public static long? PickReviewer(IReadOnlyCollection<ReviewerLoad> reviewers, long? previousReviewerId)
    {
        ArgumentNullException.ThrowIfNull(reviewers);
        var candidates = reviewers.Where(r => r.ReviewerId != previousReviewerId).ToList();
        if (candidates.Count == 0) candidates = reviewers.ToList();
        return candidates.OrderBy(r => r.OpenReviews).ThenBy(r => r.ReviewerId).Select(r => (long?)r.ReviewerId).FirstOrDefault();
    }

    /// <summary>R1: work is ordered by risk score, highest first; the earlier due date breaks ties.</summary>
    public static IEnumerable<T> ByPriority<T>(IEnumerable<T> items, Func<T, decimal> score, Func<T, DateOnly> dueOn) =>
        items.OrderByDescending(score).ThenBy(dueOn);
}

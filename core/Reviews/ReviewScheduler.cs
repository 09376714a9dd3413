using CaseCoach.Core.Instruments;

namespace CaseCoach.Core.Reviews;

/// <summary>What R2's stop rules look at, for one case.</summary>
/// <param name="GoalChanged">The permanency goal changed since the last review.</param>
/// <param name="ChildrenRemoved">Safety model: the children were removed from the home.</param>
public sealed record CaseScheduleFacts(
    DateOnly OpenedOn, bool Closed, bool GoalChanged, bool ChildrenRemoved, IReadOnlyList<DateOnly> ChildBirthDates);

/// <summary>A reviewer with free capacity, with the open reviews they already hold.</summary>
public sealed record ReviewerLoad(long ReviewerId, int OpenReviews);

/// <summary>Pure intake rules: when reviews fall due (R2), when they stop (R2), who does them (R3), in what order (R1).</summary>
public static class ReviewScheduler
{
    public const int FirstReviewWithinMonths = 6;
    public const int RecurEveryMonths = 3;

    /// <summary>
    /// R2: the first review is due within 6 months of opening. A case listed after that date has passed is due
    /// <paramref name="catchUpDays"/> after assignment, so the R10 notice never promises a date in the past.
    /// </summary>
    public static DateOnly FirstDueOn(DateOnly openedOn, DateOnly today, int catchUpDays) =>
        CatchUp(openedOn.AddMonths(FirstReviewWithinMonths), today, catchUpDays);

    /// <summary>R2: later reviews recur 3 months after the previous one was completed (not after its due date).</summary>
    public static DateOnly RecurrenceOn(DateOnly previousCompletedOn) => previousCompletedOn.AddMonths(RecurEveryMonths);

    /// <summary>A due date already past becomes <paramref name="catchUpDays"/> from today: one review, never a burst.</summary>
    public static DateOnly CatchUp(DateOnly naturalDueOn, DateOnly today, int catchUpDays) =>
        naturalDueOn < today ? today.AddDays(catchUpDays) : naturalDueOn;

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

    /// <summary>R3: the re-review after <paramref name="previousReviews"/> reviews alternates when it is an Nth re-review.</summary>
    public static bool AlternationDue(int previousReviews, int alternateEvery) =>
        previousReviews > 0 && previousReviews % Math.Max(1, alternateEvery) == 0;

    /// <summary>
    /// R3: continuity, the previous reviewer follows the case while they have room; when alternation is due,
    /// someone else with room takes it (the previous reviewer only if nobody else can). Otherwise the lightest
    /// load wins, then the lowest id (stable on every instance). <paramref name="free"/> holds only reviewers with room.
    /// </summary>
    public static long? PickReviewer(IReadOnlyCollection<ReviewerLoad> free, long? previousReviewerId, bool alternate)
    {
        ArgumentNullException.ThrowIfNull(free);
        var previousHasRoom = previousReviewerId is { } p && free.Any(r => r.ReviewerId == p);
        if (previousHasRoom && !alternate) return previousReviewerId;
        var others = free.Where(r => r.ReviewerId != previousReviewerId).ToList();
        if (others.Count == 0) return previousHasRoom ? previousReviewerId : null;
        return others.OrderBy(r => r.OpenReviews).ThenBy(r => r.ReviewerId).First().ReviewerId;
    }

    /// <summary>R1: work is ordered by risk score, highest first; the earlier date breaks ties.</summary>
    public static IEnumerable<T> ByPriority<T>(IEnumerable<T> items, Func<T, decimal> score, Func<T, DateOnly> dueOn) =>
        items.OrderByDescending(score).ThenBy(dueOn);
}

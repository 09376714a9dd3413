using NodaTime;

namespace CaseCoach.Core.Scheduling;

/// <summary>R13: when a coaching session may take place, counted from the review's completion.</summary>
public static class CoachingWindow
{
    public const int WeeksAfterReview = 2;

    /// <summary>
    /// Two weeks after completion (same wall-clock time in the jurisdiction, across DST); with a safety concern,
    /// until the end of the next business day in the jurisdiction.
    /// </summary>
    public static Interval For(BusinessCalendar calendar, Instant reviewCompletedAt, bool safetyConcern)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var completedLocally = reviewCompletedAt.InZone(calendar.Zone);
        var end = safetyConcern
            ? calendar.EndOf(calendar.NextBusinessDay(completedLocally.Date))
            : calendar.Zone.AtLeniently(completedLocally.LocalDateTime.PlusWeeks(WeeksAfterReview)).ToInstant();
        return new Interval(reviewCompletedAt, end);
    }
}

namespace CaseCoach.Core.ActionItems;

/// <summary>The notices of R20-R22, in the order they fall due for one item.</summary>
public enum NoticeKind
{
    /// <summary>R20: a reminder on the last business day before the due date.</summary>
    Reminder,

    /// <summary>R20: on the day the item becomes overdue, to the caseworker and supervisor.</summary>
    Overdue,

    /// <summary>R21: the overdue email on the next business morning after the due date.</summary>
    OverdueEmail,

    /// <summary>R22: still unresolved at close of business that day: escalate to both directors.</summary>
    Escalation,
}

/// <summary>
/// Pure decisions of the sweeps, from stored dates only: which notices are due for an item now, and the unique key
/// that records each one as sent. A key names the due date, so an extended item earns a fresh set of notices.
/// </summary>
public static class OverduePlan
{
    public static string Key(NoticeKind kind, Guid actionItemId, DateOnly dueOn) =>
        $"{kind.ToString().ToLowerInvariant()}:{actionItemId:N}:{dueOn:yyyy-MM-dd}";

    public static IEnumerable<NoticeKind> Due(ActionItem item, ActionItemClock clock) =>
        item.Status == ActionItemStatus.Open ? DueForOpen(item.DueOn, clock) : [];

    /// <summary>The notices due now for an item still open with this due date.</summary>
    public static IEnumerable<NoticeKind> DueForOpen(DateOnly dueOn, ActionItemClock clock)
    {
        var overdue = clock.Now >= clock.CloseOfBusinessOn(dueOn);
        if (clock.Today >= clock.PreviousBusinessDay(dueOn) && !overdue)
            yield return NoticeKind.Reminder;
        if (!overdue)
            yield break;

        yield return NoticeKind.Overdue;
        var emailDay = clock.NextBusinessDay(dueOn);
        if (clock.Now >= clock.MorningOf(emailDay))
            yield return NoticeKind.OverdueEmail;
        if (clock.Now >= clock.CloseOfBusinessOn(emailDay))
            yield return NoticeKind.Escalation;
    }

    /// <summary>
    /// The latest due date any notice can be due for today: the reminder's, whose last business day before the due
    /// date is today or earlier, so the first business day after today. Items due later need nothing yet.
    /// </summary>
    public static DateOnly LatestDueOnWithNotice(ActionItemClock clock) => clock.NextBusinessDay(clock.Today);
}

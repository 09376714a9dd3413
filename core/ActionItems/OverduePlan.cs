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

    public static IEnumerable<NoticeKind> Due(ActionItem item, ActionItemClock clock)
    {
        if (item.Status != ActionItemStatus.Open)
            yield break;

        if (clock.Today >= clock.PreviousBusinessDay(item.DueOn) && !clock.IsOverdue(item))
            yield return NoticeKind.Reminder;
        if (!clock.IsOverdue(item))
            yield break;

        yield return NoticeKind.Overdue;
        var emailDay = clock.NextBusinessDay(item.DueOn);
        if (clock.Now >= clock.MorningOf(emailDay))
            yield return NoticeKind.OverdueEmail;
        if (clock.Now >= clock.CloseOfBusinessOn(emailDay))
            yield return NoticeKind.Escalation;
    }
}

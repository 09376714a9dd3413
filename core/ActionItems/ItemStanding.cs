namespace CaseCoach.Core.ActionItems;

/// <summary>How an item stands on the checklist and in `my tasks` (R18-R20); the words are cards/text/action-item-status.liquid.</summary>
public enum ItemStanding
{
    Open,
    Extended,
    SentBack,
    Overdue,
    BarrierReported,
    ReportedDone,
    Verified,
}

public static class ItemStandings
{
    /// <summary>A barrier counts until the due date is extended after it; overdue outranks a send-back's reason.</summary>
    public static ItemStanding Of(ActionItem item, ActionItemClock clock)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(clock);
        return item.Status switch
        {
            ActionItemStatus.Verified => ItemStanding.Verified,
            ActionItemStatus.ReportedDone => ItemStanding.ReportedDone,
            _ when item.Barrier is not null && item.BarrierReportedAt > (item.ExtendedAt ?? DateTimeOffset.MinValue) => ItemStanding.BarrierReported,
            _ when clock.IsOverdue(item) => ItemStanding.Overdue,
            _ when item.SendBackReason is not null => ItemStanding.SentBack,
            _ => item.ExtensionCount > 0 ? ItemStanding.Extended : ItemStanding.Open,
        };
    }
}

using CaseCoach.Core.Coaching;

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// R24: the model's timeframes measured from the stored dates, counted in the jurisdiction's business days. Null
/// means "not applicable yet" (no barrier reported, no staffing booked).
/// </summary>
public static class FidelityTimeframes
{
    /// <summary>R16: action items entered within two business days of the session.</summary>
    public static bool ItemsEnteredOnTime(CoachingRecord record) => record.RecordedOnTime;

    /// <summary>R20: a barrier is addressed (extension, or escalation) by close of business one business day after the due date.</summary>
    public static bool? BarrierAddressedOnTime(ActionItem item, DateTimeOffset? escalatedAt, ActionItemClock clock)
    {
        if (item.BarrierReportedAt is null)
            return null;
        var deadline = BarrierDeadline(item, clock);
        return BarrierAddressedAt(item, escalatedAt) is { } at ? at <= deadline : clock.Now <= deadline ? null : false;
    }

    /// <summary>R20: close of business on the business day after the (original) due date.</summary>
    public static DateTimeOffset BarrierDeadline(ActionItem item, ActionItemClock clock) =>
        clock.CloseOfBusinessOn(clock.NextBusinessDay(item.OriginalDueOn));

    /// <summary>R20: the first extension or escalation after the barrier was reported, or null while nobody acted.</summary>
    public static DateTimeOffset? BarrierAddressedAt(ActionItem item, DateTimeOffset? escalatedAt) =>
        new[] { item.ExtendedAt, escalatedAt }.Where(d => d >= item.BarrierReportedAt).Min();

    /// <summary>
    /// R22: the staffing is initiated (escalated) within one business day of the missed deadline, i.e. by the end of
    /// the next business day; the escalation itself waits for that day's close of business (R21).
    /// </summary>
    public static bool AccountabilityInitiatedOnTime(AccountabilityStaffing staffing, ActionItemClock clock) =>
        staffing.EscalatedAt < clock.EndOf(clock.NextBusinessDay(staffing.MissedDueOn));
}

using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Core.Reports.Fidelity;

/// <summary>The model's timeframes (R24, R27), each measured per event.</summary>
public enum Timeframe
{
    /// <summary>R7: the reviewer debriefed the QA supervisor before any coaching session.</summary>
    DebriefBeforeCoaching,

    /// <summary>R13: coaching within 2 weeks of the review (one business day with a safety concern).</summary>
    CoachingWithinTwoWeeks,

    /// <summary>R16: action items entered within two business days of the session.</summary>
    ItemsEnteredWithinTwoBusinessDays,

    /// <summary>R20: a barrier addressed within one business day of the due date.</summary>
    BarrierWithinOneBusinessDay,

    /// <summary>R22: accountability initiated within one business day of the missed deadline.</summary>
    AccountabilityWithinOneBusinessDay,

    /// <summary>R27: feedback reached the front line within 2 weeks of the review.</summary>
    FeedbackWithinTwoWeeks,
}

/// <summary>One measurement: <see cref="Within"/> null while it is still pending and its deadline has not passed.</summary>
public sealed record TimeframeMeasure(Timeframe Timeframe, long ReviewId, long CaseId, long UnitId, DateTimeOffset From, DateTimeOffset? At, bool? Within);

/// <summary>Everything stored about one completed review's path through the model.</summary>
public sealed record ReviewTimeline(
    long ReviewId, long CaseId, long UnitId, DateTimeOffset CompletedAt, DateTimeOffset? DecidedAt, ReviewDecision? Decision,
    bool AllYes, bool NotEnoughInformation, bool HasStrengths, bool HasOpportunities,
    CoachingSession? Session, CoachingRecord? Record, IReadOnlyList<ActionItem> Items, IReadOnlyList<AccountabilityStaffing> Staffings);

/// <summary>R24, R27: each timeframe of one review's timeline, from its stored dates.</summary>
public static class FidelityTimeline
{
    public static readonly TimeSpan TwoWeeks = TimeSpan.FromDays(14);

    /// <summary>R27: the front line hears back by the no-coaching-needed decision (R9) or at the coaching session.</summary>
    public static DateTimeOffset? FeedbackAt(ReviewDecision? decision, DateTimeOffset? decidedAt, CoachingSession? session) =>
        decision == ReviewDecision.NoCoachingNeeded ? decidedAt : session?.ScheduledStart;

    /// <summary>R27: two weeks after the review's completion.</summary>
    public static DateTimeOffset FeedbackDeadline(DateTimeOffset completedAt) => completedAt + TwoWeeks;

    public static IEnumerable<TimeframeMeasure> Measure(ReviewTimeline t, ActionItemClock clock)
    {
        TimeframeMeasure M(Timeframe kind, DateTimeOffset from, DateTimeOffset? at, bool? within) => new(kind, t.ReviewId, t.CaseId, t.UnitId, from, at, within);
        var coachingAt = t.Session?.ScheduledStart;

        if (t.DecidedAt is { } decided)
            yield return M(Timeframe.DebriefBeforeCoaching, t.CompletedAt, decided, coachingAt is null || decided <= coachingAt);

        var feedbackAt = FeedbackAt(t.Decision, t.DecidedAt, t.Session);
        var feedbackDeadline = FeedbackDeadline(t.CompletedAt);
        yield return M(Timeframe.FeedbackWithinTwoWeeks, t.CompletedAt, feedbackAt,
            feedbackAt is { } f ? f <= feedbackDeadline : clock.Now > feedbackDeadline ? false : null);

        if (t.Decision == ReviewDecision.CoachingNeeded)
            yield return M(Timeframe.CoachingWithinTwoWeeks, t.CompletedAt, coachingAt,
                t.Session is { } s ? s.WithinTimeframe : clock.Now > feedbackDeadline ? false : null);

        if (t.Record is { } record)
            yield return M(Timeframe.ItemsEnteredWithinTwoBusinessDays, clock.CloseOfBusinessOn(record.SessionOn), record.RecordedAt, FidelityTimeframes.ItemsEnteredOnTime(record));

        foreach (var item in t.Items.Where(i => i.BarrierReportedAt is not null))
        {
            var escalatedAt = t.Staffings.Where(s => s.ActionItemIds.Contains(item.Id)).Select(s => (DateTimeOffset?)s.EscalatedAt).Min();
            yield return M(Timeframe.BarrierWithinOneBusinessDay, item.BarrierReportedAt!.Value, FidelityTimeframes.BarrierAddressedAt(item, escalatedAt), FidelityTimeframes.BarrierAddressedOnTime(item, escalatedAt, clock));
        }

        foreach (var staffing in t.Staffings)
            yield return M(Timeframe.AccountabilityWithinOneBusinessDay, clock.CloseOfBusinessOn(staffing.MissedDueOn), staffing.EscalatedAt,
                FidelityTimeframes.AccountabilityInitiatedOnTime(staffing, clock));
    }
}

using CaseCoach.Core.ActionItems;
using NodaTime;

namespace CaseCoach.Core.Clocks;

/// <summary>
/// "Now" for one sweep, in the jurisdiction's business calendar (holidays, close of business), with the deadline
/// arithmetic of every hand-off clock. Hand-offs older than <see cref="Lookback"/> are history, not work: a
/// deployment that imports old data does not wake everyone with breaches of last year.
/// </summary>
public sealed record HandOffContext(ActionItemClock Clock)
{
    public static readonly TimeSpan Lookback = TimeSpan.FromDays(60);

    public DateTimeOffset Now => Clock.Now;

    public DateTimeOffset Since => Clock.Now - Lookback;

    public DateOnly DateOf(DateTimeOffset at) => Clock.Calendar.DateAt(Instant.FromDateTimeOffset(at)).ToDateOnly();

    /// <summary>R7, R8: by close of business on the business day after the submission.</summary>
    public DateTimeOffset DecisionDue(DateTimeOffset submittedAt) => Clock.CloseOfBusinessOn(Clock.NextBusinessDay(DateOf(submittedAt)));

    /// <summary>
    /// R13, R14: two business days after the request opened; with a safety concern the same day, i.e. by close of
    /// business on the day it opened, or on the next business day when it opened after close of business or off-day.
    /// </summary>
    public DateTimeOffset RequestAnswerDue(DateTimeOffset openedAt, bool safetyConcern)
    {
        var day = DateOf(openedAt);
        if (!safetyConcern) return Clock.CloseOfBusinessOn(Clock.AddBusinessDays(day, 2));
        var sameDay = Clock.CloseOfBusinessOn(day);
        return Clock.Calendar.IsBusinessDay(LocalDate.FromDateOnly(day)) && openedAt < sameDay
            ? sameDay : Clock.CloseOfBusinessOn(Clock.NextBusinessDay(day));
    }

    /// <summary>R16: the day two business days after the session, to its end (as CoachingRecord.RecordedOnTime counts).</summary>
    public DateTimeOffset DocumentationDue(DateOnly sessionOn) => Clock.EndOf(Clock.AddBusinessDays(sessionOn, 2));

    /// <summary>
    /// R19, R20: the reviewer answers a barrier by close of business on the business day after it was reported, and
    /// never later than R20's deadline (the business day after the due date). At that later deadline the overdue
    /// sweep escalates an open item by itself (R22), so the nudge is what makes the earlier answer happen.
    /// </summary>
    public DateTimeOffset BarrierAnswerDue(ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var reported = Clock.CloseOfBusinessOn(Clock.NextBusinessDay(DateOf(item.BarrierReportedAt ?? Now)));
        var latest = FidelityTimeframes.BarrierDeadline(item, Clock);
        return reported < latest ? reported : latest;
    }

    /// <summary>The day a deadline falls on (a deadline at midnight belongs to the day it ends).</summary>
    public DateOnly DueDay(DateTimeOffset dueAt) => DateOf(dueAt.AddTicks(-1));

    /// <summary>The QA supervisor hears of a hand-off still waiting at close of business on the next business day.</summary>
    public DateTimeOffset SupervisorToldAt(DateTimeOffset dueAt) => Clock.CloseOfBusinessOn(Clock.NextBusinessDay(DueDay(dueAt)));

    /// <summary>The stages of <paramref name="handOff"/>'s clock that have run out by now.</summary>
    public IEnumerable<HandOffStage> StagesDue(StalledHandOff handOff)
    {
        ArgumentNullException.ThrowIfNull(handOff);
        if (Now < handOff.DueAt) yield break;
        yield return HandOffStage.Nudge;
        if (handOff.QaSupervisor is not null && Now >= SupervisorToldAt(handOff.DueAt)) yield return HandOffStage.SupervisorTold;
    }
}

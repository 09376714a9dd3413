namespace CaseCoach.Cards;

/// <summary>
/// The Action.Execute verbs the cards send, named plugin.intent; each carries only ids in its data
/// (reviewId, actionItemId or requestId), plus the card's inputs. Plugins route on these exact strings.
/// </summary>
public static class CardVerbs
{
    public const string ReviewStart = "review.start";
    public const string ReviewSaveDraft = "review.saveDraft";
    public const string ReviewSubmit = "review.submit";
    public const string ReviewConfirmDecision = "review.confirmDecision";
    public const string ActionItemsReportDone = "actionItems.reportDone";
    public const string ActionItemsReportBarrier = "actionItems.reportBarrier";
    public const string ActionItemsVerify = "actionItems.verify";
    public const string ActionItemsSendBack = "actionItems.sendBack";
    public const string ActionItemsExtend = "actionItems.extend";
    public const string CoachingPick = "coaching.pick";
    public const string CoachingNoneWork = "coaching.noneWork";
    public const string CoachingProposeTime = "coaching.proposeTime";

    /// <summary>The caseworker marks which offered times work for them (R13): {requestId} + input workingSlots.</summary>
    public const string CoachingMarkTimes = "coaching.markTimes";

    /// <summary>The coaching card's refresh: Outlook and Teams fetch the current state when the card is shown.</summary>
    public const string CoachingRefresh = "coaching.refresh";

    public const string ActionItemsRefresh = "actionItems.refresh";
    public const string ActionItemsAddRow = "actionItems.addRow";
    public const string ActionItemsRecordCoaching = "actionItems.recordCoaching";
    public const string ActionItemsScheduleStaffing = "actionItems.scheduleStaffing";
}

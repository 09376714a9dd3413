using System.Text.Json;
using CaseCoach.Cards;

namespace CaseCoach.Tests.Cards;

/// <summary>
/// What the bot's handlers accept, per verb: the id key the data must carry and the input ids each needs
/// (computed from the id or the bound card). Until the plugins exist this list is the contract.
/// </summary>
internal static class CardContract
{
    public static readonly IReadOnlyDictionary<string, string[]> VerbsByCard = new Dictionary<string, string[]>
    {
        ["review-survey"] = [CardVerbs.ReviewSaveDraft, CardVerbs.ReviewSubmit],
        ["my-reviews"] = [CardVerbs.ReviewStart],
        ["debrief"] = [CardVerbs.ReviewConfirmDecision],
        ["action-items"] =
        [
            CardVerbs.ActionItemsReportDone, CardVerbs.ActionItemsReportBarrier, CardVerbs.ActionItemsVerify,
            CardVerbs.ActionItemsSendBack, CardVerbs.ActionItemsExtend,
        ],
        // The sample is the supervisor's view; the caseworker's coaching.markTimes (requestId + workingSlots) is driven
        // through the bot in Coaching/PerViewerPollTests.
        ["coaching-poll"] = [CardVerbs.CoachingPick, CardVerbs.CoachingNoneWork, CardVerbs.CoachingProposeTime],
        ["escalation"] = [CardVerbs.ActionItemsScheduleStaffing],
        ["coaching-record"] = [CardVerbs.ActionItemsAddRow, CardVerbs.ActionItemsRecordCoaching],
        ["welcome"] = [], ["help"] = [], ["review-summary"] = [], ["review-queue"] = [], ["demo-people"] = [], ["digest"] = [],
        ["delivery-stuck"] = [],
    };

    /// <summary>The data keys a verb's handler requires, given the data it received.</summary>
    public static IEnumerable<string> RequiredKeys(string verb, JsonElement data, JsonElement sampleData) => verb switch
    {
        CardVerbs.ReviewStart or CardVerbs.ReviewConfirmDecision => ["reviewId"],
        CardVerbs.ReviewSaveDraft or CardVerbs.ReviewSubmit =>
        [
            "reviewId", "strengths", "opportunities",
            .. sampleData.GetProperty("questions").EnumerateArray()
                .SelectMany(q => new[] { $"answer-{q.GetProperty("questionId")}", $"comment-{q.GetProperty("questionId")}" }),
        ],
        CardVerbs.ActionItemsReportBarrier => ["actionItemId", $"barrier-{data.GetProperty("actionItemId")}"],
        CardVerbs.ActionItemsSendBack => ["actionItemId", $"sendBackReason-{data.GetProperty("actionItemId")}"],
        CardVerbs.ActionItemsExtend => ["actionItemId", $"newDueDate-{data.GetProperty("actionItemId")}"],
        CardVerbs.ActionItemsReportDone or CardVerbs.ActionItemsVerify => ["actionItemId"],
        CardVerbs.CoachingPick => ["requestId", "slotId"],
        CardVerbs.CoachingNoneWork => ["requestId"],
        CardVerbs.CoachingMarkTimes => ["requestId", "workingSlots"],
        CardVerbs.CoachingProposeTime => ["requestId", "proposedDate", "proposedTime"],
        CardVerbs.ActionItemsScheduleStaffing => ["staffingId"],
        CardVerbs.ActionItemsAddRow => ["caseId", "rowCount"],
        CardVerbs.ActionItemsRecordCoaching =>
        [
            "caseId", "rowCount", "sessionDate", "concerns", "answersChangedToYes", "appreciation",
            .. sampleData.GetProperty("people").EnumerateArray().Select(p => $"attended-{p.GetProperty("personId")}"),
            .. sampleData.GetProperty("rows").EnumerateArray().SelectMany(r => new[] { "description", "owner", "due", "safety" }.Select(k => $"{k}-{r.GetProperty("rowId")}")),
        ],
        _ => throw new KeyNotFoundException($"No handler accepts verb '{verb}'."),
    };
}

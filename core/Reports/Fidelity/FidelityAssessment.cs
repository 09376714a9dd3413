using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Core.Reports.Fidelity;

public sealed record SectionScore(FidelitySection Section, int Score, int Max);

/// <summary>R24: one review's assessment, pre-filled from its stored events; boxes no event can show await the QA supervisor.</summary>
public sealed record FidelityAssessment(ReviewTimeline Timeline, IReadOnlyList<ScoredItem> Items, IReadOnlyList<SectionScore> Sections)
{
    public int Total => Sections.Sum(s => s.Score);
    public int Max => Sections.Sum(s => s.Max);
    public int AwaitingTicks => Items.Sum(i => i.AwaitingTicks);

    /// <summary>N/A items leave the maximum too: a review that needed no coaching is scored out of the pre-coaching section alone.</summary>
    public static FidelityAssessment Of(FidelityTool tool, ReviewTimeline timeline, ActionItemClock clock, IReadOnlyDictionary<string, bool>? ticks = null)
    {
        var (conditions, prefills) = Facts(timeline, clock);
        var items = tool.Items.Select(i => FidelityScoring.Score(i, conditions, prefills, ticks)).ToList();
        var sections = tool.Sections.Select(s =>
        {
            var scored = items.Where(i => i.Item.Section == s.Key && i.Score is not null).ToList();
            return new SectionScore(s, scored.Sum(i => i.Score!.Value), scored.Count * 5);
        }).ToList();
        return new FidelityAssessment(timeline, items, sections);
    }

    /// <summary>What the stored dates and answers say: conditions that make items or boxes N/A, and pre-filled boxes.</summary>
    public static (IReadOnlySet<string> Conditions, IReadOnlyDictionary<string, bool> Prefills) Facts(ReviewTimeline t, ActionItemClock clock)
    {
        var coaching = t.Decision == ReviewDecision.CoachingNeeded;
        var measures = FidelityTimeline.Measure(t, clock).ToList();
        var late = t.Items.Where(i => i.VerifiedAt is null ? clock.Now >= clock.CloseOfBusinessOn(i.DueOn) : i.ReportedDoneAt > clock.CloseOfBusinessOn(i.DueOn)).ToList();
        var conditions = new HashSet<string>(StringComparer.Ordinal);
        if (t.AllYes) conditions.Add("allYes");
        if (!t.HasOpportunities) conditions.Add("noOpportunities");
        if (!coaching) conditions.Add("noCoaching");
        if (t.Items.Count == 0) conditions.Add("noActionItems");
        if (t.Items.All(i => i.BarrierReportedAt is null)) conditions.Add("noBarriers");
        if (late.Count == 0) conditions.Add("noLateItems");
        if (t.Staffings.Count == 0) conditions.Add("noStaffing");

        var prefills = new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            ["noCommentsPresent"] = true, // R5: a No cannot be submitted without its comment.
            ["strengthsWritten"] = t.HasStrengths,
            ["opportunitiesWritten"] = t.HasOpportunities,
            ["debriefed"] = t.DecidedAt is not null,
            ["decisionFollowsAnswers"] = t.Decision is { } d && (d == ReviewDecision.CoachingNeeded) == (!t.AllYes || t.NotEnoughInformation),
            ["coachingWithinTwoWeeks"] = measures.Any(m => m.Timeframe == Timeframe.CoachingWithinTwoWeeks && m.Within == true),
            ["itemsEnteredOnTime"] = t.Record?.RecordedOnTime == true,
            ["itemsVerified"] = t.Items.Count > 0 && t.Items.All(i => i.Status == ActionItemStatus.Verified),
            ["barriersOnTime"] = measures.Where(m => m.Timeframe == Timeframe.BarrierWithinOneBusinessDay).All(m => m.Within == true),
            ["staffingHeldWhenLate"] = late.All(i => t.Staffings.Any(s => s.ActionItemIds.Contains(i.Id))),
            ["staffingInitiatedOnTime"] = measures.Where(m => m.Timeframe == Timeframe.AccountabilityWithinOneBusinessDay).All(m => m.Within == true),
        };
        return (conditions, prefills);
    }
}

using CaseCoach.Core.Reports.Fidelity;

namespace CaseCoach.Tests.Reports;

/// <summary>Seed 000's scoring rules for the fidelity assessment (R24).</summary>
public sealed class FidelityScoringTests
{
    private static readonly FidelityTool Tool = FidelityTool.LoadEmbedded();
    private static readonly HashSet<string> None = [];

    private static int? Score(int item, params string[] heldBoxes) =>
        FidelityScoring.Score(Tool.Items.Single(i => i.Number == item), None, heldBoxes.ToDictionary(b => b, _ => true)).Score;

    [Fact]
    public void The_tool_has_ten_items_in_three_sections_out_of_50() =>
        Assert.Equal((10, 3, 50), (Tool.Items.Count, Tool.Sections.Count, Tool.Max));

    [Fact]
    public void A_level_counts_only_when_all_its_boxes_hold_otherwise_the_next_lower_score_R24()
    {
        var item = new FidelityItem(99, "pre", "t", "levels", [
            new FidelityLevel(3, [new FidelityBox("a", "a", "a"), new FidelityBox("b", "b", "b")]),
            new FidelityLevel(5, [new FidelityBox("c", "c", "c"), new FidelityBox("d", "d", "d")])]);
        int Of(params string[] held) => FidelityScoring.Score(item, None, new[] { "a", "b", "c", "d" }.ToDictionary(k => k, held.Contains)).Score!.Value;

        Assert.Equal(5, Of("a", "b", "c", "d"));
        Assert.Equal(4, Of("a", "b", "c"));
        Assert.Equal(3, Of("a", "b"));
        Assert.Equal(2, Of("a"));
        Assert.Equal(1, Of());
    }

    [Fact]
    public void A_checklist_item_scores_5_for_all_boxes_1_for_some_0_for_none_R24()
    {
        var item = new FidelityItem(98, "post", "t", "checklist", [
            new FidelityLevel(5, [new FidelityBox("a", "a", "a"), new FidelityBox("b", "b", "b"), new FidelityBox("c", "c", "c")])]);
        int Of(params string[] held) => FidelityScoring.Score(item, None, new[] { "a", "b", "c" }.ToDictionary(k => k, held.Contains)).Score!.Value;

        Assert.Equal(5, Of("a", "b", "c"));
        Assert.Equal(1, Of("a", "b"));
        Assert.Equal(1, Of("c"));
        Assert.Equal(0, Of());
        // Item 1's boxes have no pre-fill (no stored event shows what the reviewer read): they await ticks.
        Assert.Equal(0, Score(1));
    }

    [Fact]
    public void A_box_not_applicable_leaves_the_checklist_R24()
    {
        var item = Tool.Items.Single(i => i.Number == 10);
        var conditions = new HashSet<string> { "noActionItems", "noBarriers", "noLateItems", "noStaffing" };
        var prefills = new Dictionary<string, bool> { ["itemsEnteredOnTime"] = true };
        Assert.Equal(5, FidelityScoring.Score(item, conditions, prefills).Score);
        Assert.Equal(0, FidelityScoring.Score(item, conditions, new Dictionary<string, bool> { ["itemsEnteredOnTime"] = false }).Score);
    }

    [Fact]
    public void An_item_not_applicable_has_no_score()
    {
        var item = Tool.Items.Single(i => i.Number == 7);
        Assert.Null(FidelityScoring.Score(item, new HashSet<string> { "noCoaching" }, new Dictionary<string, bool>()).Score);
    }
}

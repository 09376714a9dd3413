namespace CaseCoach.Core.Reports.Fidelity;

/// <summary>A box as the assessment stands: pre-filled from stored events, or waiting for the QA supervisor's tick.</summary>
public enum BoxState { Holds, DoesNotHold, NotApplicable, AwaitsTick }

public sealed record ScoredBox(FidelityBox Box, int Level, BoxState State);

/// <summary>Null score = N/A (the item does not apply, and counts neither in the score nor in the maximum).</summary>
public sealed record ScoredItem(FidelityItem Item, int? Score, IReadOnlyList<ScoredBox> Boxes)
{
    public int AwaitingTicks => Boxes.Count(b => b.State == BoxState.AwaitsTick);
}

/// <summary>
/// Seed 000: "All boxes must be checked in order to receive an acceptable or superior rating. If some, but not all
/// boxes are checked, revert to next lower score." A box waiting for a tick counts as not (yet) checked, so a
/// pre-filled score is the floor the QA supervisor's ticks can raise.
/// </summary>
public static class FidelityScoring
{
    /// <param name="ticks">The QA supervisor's ticks by box id; they count only on boxes no event pre-fills.</param>
    public static ScoredItem Score(FidelityItem item, IReadOnlySet<string> conditions, IReadOnlyDictionary<string, bool> prefills,
        IReadOnlyDictionary<string, bool>? ticks = null)
    {
        ticks ??= NoTicks;
        if (item.NotApplicableWhen is { } na && conditions.Contains(na))
            return new ScoredItem(item, null, item.Levels.SelectMany(l => l.Boxes.Select(b => new ScoredBox(b, l.Score, BoxState.NotApplicable))).ToList());

        var boxes = item.Levels.SelectMany(l => l.Boxes.Select(b => new ScoredBox(b, l.Score, StateOf(b, conditions, prefills, ticks)))).ToList();
        return new ScoredItem(item, item.IsChecklist ? Checklist(boxes) : Levels(item, boxes), boxes);
    }

    /// <summary>Items 1 and 10: every box (or N/A) = 5, some = 1, none = 0.</summary>
    private static int Checklist(IReadOnlyList<ScoredBox> boxes)
    {
        var relevant = boxes.Where(b => b.State != BoxState.NotApplicable).ToList();
        var held = relevant.Count(b => b.State == BoxState.Holds);
        return held == relevant.Count ? 5 : held > 0 ? 1 : 0;
    }

    /// <summary>From the top level down: all its boxes = its score, some = the next lower score; the floor is 1.</summary>
    private static int Levels(FidelityItem item, IReadOnlyList<ScoredBox> boxes)
    {
        foreach (var level in item.Levels.OrderByDescending(l => l.Score))
        {
            var relevant = boxes.Where(b => b.Level == level.Score && b.State != BoxState.NotApplicable).ToList();
            var held = relevant.Count(b => b.State == BoxState.Holds);
            if (held == relevant.Count) return level.Score;
            if (held > 0) return level.Score - 1;
        }
        return 1;
    }

    private static readonly IReadOnlyDictionary<string, bool> NoTicks = new Dictionary<string, bool>();

    private static BoxState StateOf(FidelityBox box, IReadOnlySet<string> conditions, IReadOnlyDictionary<string, bool> prefills, IReadOnlyDictionary<string, bool> ticks) =>
        box.NotApplicableWhen is { } na && conditions.Contains(na) ? BoxState.NotApplicable
        : box.Prefill is { } key ? (prefills.TryGetValue(key, out var holds) ? (holds ? BoxState.Holds : BoxState.DoesNotHold) : BoxState.AwaitsTick)
        : ticks.TryGetValue(box.Id, out var ticked) ? (ticked ? BoxState.Holds : BoxState.DoesNotHold)
        : BoxState.AwaitsTick;
}

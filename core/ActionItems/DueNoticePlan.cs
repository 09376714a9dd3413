namespace CaseCoach.Core.ActionItems;

/// <summary>
/// <see cref="OverduePlan"/> for one sweep run: which notices candidates owe now, not yet sent. The calendar answer
/// depends on the due date alone, so it is worked out once per distinct due date (a run sees a few), not per item.
/// </summary>
public sealed class DueNoticePlan(ActionItemClock clock)
{
    private readonly Dictionary<DateOnly, NoticeKind[]> _byDueDate = [];

    public ActionItemClock Clock => clock;

    /// <summary>The last due date that can owe a notice today; later items are not read at all.</summary>
    public DateOnly DueBy { get; } = OverduePlan.LatestDueOnWithNotice(clock);

    public IEnumerable<DueNotice> Owed(NoticeCandidate candidate) =>
        KindsDue(candidate.DueOn).Where(kind => !candidate.WasSent(kind))
            .Select(kind => new DueNotice(candidate.Id, candidate.CoachingRecordId, kind, candidate.DueOn));

    private NoticeKind[] KindsDue(DateOnly dueOn)
    {
        if (!_byDueDate.TryGetValue(dueOn, out var kinds))
            _byDueDate[dueOn] = kinds = OverduePlan.DueForOpen(dueOn, clock).ToArray();
        return kinds;
    }
}

namespace CaseCoach.Core.ActionItems;

/// <summary>One notice of R20-R22 due for one item now, about its current due date; <see cref="Key"/> is its unique record.</summary>
public sealed record DueNotice(Guid ActionItemId, Guid CoachingRecordId, NoticeKind Kind, DateOnly DueOn)
{
    public string Key => OverduePlan.Key(Kind, ActionItemId, DueOn);
}

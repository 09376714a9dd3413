namespace CaseCoach.Core.ActionItems;

/// <summary>One notice of R20-R22 due for one item now; <paramref name="Key"/> is its unique record (OverduePlan.Key).</summary>
public sealed record DueNotice(Guid ActionItemId, Guid CoachingRecordId, NoticeKind Kind, string Key);

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// An open item that may still owe a notice (R20-R22), with which notices about its current due date were already
/// sent, as read by <see cref="NoticeCandidates"/>: the few columns the sweep decides on, never the whole entity.
/// </summary>
/// <param name="Sent">One bit per <see cref="NoticeKind"/> sent (<see cref="Bit"/>): one index probe gives all four.</param>
public sealed record NoticeCandidate(Guid Id, Guid CoachingRecordId, DateOnly DueOn, int Sent)
{
    /// <summary>Overdue, overdue email and escalation all sent: nothing more is ever due for this due date.</summary>
    public const int AllAfterDue = 2 | 4 | 8;

    public static int Bit(NoticeKind kind) => 1 << (int)kind;

    public bool WasSent(NoticeKind kind) => (Sent & Bit(kind)) != 0;

    /// <summary>Nothing more is ever due about this due date: the item can be settled (marker cleared).</summary>
    public bool AllSentAfterDue => (Sent & AllAfterDue) == AllAfterDue;

    /// <summary>Whether sending <paramref name="now"/> as well leaves nothing more due about this due date.</summary>
    public bool AllSentAfterDueWith(IEnumerable<NoticeKind> now) =>
        ((Sent | now.Aggregate(0, (bits, kind) => bits | Bit(kind))) & AllAfterDue) == AllAfterDue;
}

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// An open item that may still owe a notice (R20-R22), with which notices about its current due date were already
/// sent, as read by <see cref="NoticeCandidates"/>: the few columns the sweep decides on, never the whole entity.
/// </summary>
public sealed record NoticeCandidate(
    Guid Id, Guid CoachingRecordId, DateOnly DueOn, bool Reminded, bool OverdueSent, bool Emailed, bool Escalated)
{
    public bool WasSent(NoticeKind kind) => kind switch
    {
        NoticeKind.Reminder => Reminded,
        NoticeKind.Overdue => OverdueSent,
        NoticeKind.OverdueEmail => Emailed,
        _ => Escalated,
    };
}

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// "This notice about this item was sent": the unique <see cref="Key"/> (e.g. "reminder:42:2026-11-27") is the
/// stored decision that makes a sweep safe to run again and on two instances at once (R20-R22).
/// <see cref="Kind"/> and <see cref="DueOn"/> repeat the key's parts as columns, so the sweep's "not sent yet" test
/// is an indexed NOT EXISTS in SQL rather than a set of keys held in memory.
/// </summary>
public sealed class ActionItemNotice
{
    public const int KeyMaxLength = 160;

    private ActionItemNotice() { }

    public long Id { get; private set; }
    public string Key { get; private set; } = "";
    public Guid ActionItemId { get; private set; }
    public NoticeKind Kind { get; private set; }

    /// <summary>The due date the notice was about; an extended item earns a fresh set of notices.</summary>
    public DateOnly DueOn { get; private set; }
    public DateTimeOffset SentAt { get; private set; }

    public static ActionItemNotice Sent(NoticeKind kind, Guid actionItemId, DateOnly dueOn, DateTimeOffset now) => new()
    {
        Key = OverduePlan.Key(kind, actionItemId, dueOn),
        ActionItemId = actionItemId,
        Kind = kind,
        DueOn = dueOn,
        SentAt = now,
    };
}

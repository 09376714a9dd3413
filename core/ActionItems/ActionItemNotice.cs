namespace CaseCoach.Core.ActionItems;

/// <summary>
/// "This notice about this item was sent": the unique <see cref="Key"/> (e.g. "reminder:42:2026-11-27") is the
/// stored decision that makes a sweep safe to run again and on two instances at once (R20-R22).
/// </summary>
public sealed class ActionItemNotice
{
    public const int KeyMaxLength = 160;

    private ActionItemNotice() { }

    public long Id { get; private set; }
    public string Key { get; private set; } = "";
    public Guid ActionItemId { get; private set; }
    public DateTimeOffset SentAt { get; private set; }

    public static ActionItemNotice Sent(string key, Guid actionItemId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return new ActionItemNotice { Key = key, ActionItemId = actionItemId, SentAt = now };
    }
}

namespace CaseCoach.Core.Coaching;

/// <summary>
/// R13: the caseworker's answer for one offered time of a request: it works for them, or it does not. One row per
/// offered slot id (ids change when the times are replaced, so marks of older times no longer match any slot).
/// </summary>
public sealed class CoachingSlotMark
{
    public const int SlotIdLength = 16;

    private CoachingSlotMark() { }

    public long Id { get; private set; }
    public long CoachingRequestId { get; private set; }
    public string SlotId { get; private set; } = "";
    public bool Works { get; private set; }
    public DateTimeOffset MarkedAt { get; private set; }

    public static CoachingSlotMark For(long requestId, string slotId, bool works, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slotId);
        return new CoachingSlotMark { CoachingRequestId = requestId, SlotId = slotId, Works = works, MarkedAt = now };
    }

    /// <summary>The caseworker changed their mind (allowed until the session is booked).</summary>
    public void Change(bool works, DateTimeOffset now)
    {
        Works = works;
        MarkedAt = now;
    }
}

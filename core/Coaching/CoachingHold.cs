namespace CaseCoach.Core.Coaching;

/// <summary>
/// R10: the tentative coaching hold some jurisdictions put in calendars when a review starts, cancelled when the
/// review needs no coaching (or replaced when the real session is booked).
/// </summary>
public sealed class CoachingHold
{
    private CoachingHold() { }

    public long Id { get; private set; }
    public long ReviewId { get; private set; }
    public string EventId { get; private set; } = "";
    public DateTimeOffset Start { get; private set; }
    public DateTimeOffset End { get; private set; }
    public DateTimeOffset PlacedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }

    public bool IsActive => CancelledAt is null;

    public static CoachingHold Placed(long reviewId, string eventId, DateTimeOffset start, DateTimeOffset end, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        return new CoachingHold { ReviewId = reviewId, EventId = eventId, Start = start, End = end, PlacedAt = now };
    }

    /// <summary>False when it was already cancelled.</summary>
    public bool Cancel(DateTimeOffset now)
    {
        if (CancelledAt is not null) return false;
        CancelledAt = now;
        return true;
    }
}

namespace CaseCoach.Core.Reviews;

/// <summary>
/// Domain event, stored in the decision's transaction: a decided review needs a coaching session (R8). The
/// coaching-scheduling workflow (R11-R14) takes up rows whose <see cref="TakenUpAt"/> is null; the unique
/// review id makes the event happen once. <see cref="SafetyConcern"/> asks for the one-business-day timeline (R13).
/// </summary>
public sealed class CoachingNeeded
{
    private CoachingNeeded() { }

    public long Id { get; private set; }
    public long ReviewId { get; private set; }
    public bool SafetyConcern { get; private set; }
    public DateTimeOffset DecidedAt { get; private set; }
    public DateTimeOffset? TakenUpAt { get; private set; }

    public static CoachingNeeded For(Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (review.Decision != ReviewDecision.CoachingNeeded || review.DecidedAt is not { } decidedAt)
            throw new InvalidOperationException("Only a review decided as needing coaching raises CoachingNeeded.");
        return new CoachingNeeded { ReviewId = review.Id, SafetyConcern = review.SafetyConcern, DecidedAt = decidedAt };
    }

    /// <summary>For the coaching workflow: false when another instance already took it up.</summary>
    public bool TakeUp(DateTimeOffset now)
    {
        if (TakenUpAt is not null) return false;
        TakenUpAt = now;
        return true;
    }
}

namespace CaseCoach.Core.Coaching;

/// <summary>
/// The "Coaching" fidelity event (R24): when the session was booked and for when, next to when the review was
/// completed, so "coaching within 2 weeks of review" (R13) is measurable.
/// </summary>
public sealed class CoachingSession
{
    private CoachingSession() { }

    public long Id { get; private set; }
    public long ReviewId { get; private set; }
    public long CoachingRequestId { get; private set; }
    public CoachingRequest Request { get; private set; } = null!;
    public DateTimeOffset ReviewCompletedAt { get; private set; }
    public DateTimeOffset ScheduledStart { get; private set; }
    public DateTimeOffset ScheduledEnd { get; private set; }
    public DateTimeOffset BookedAt { get; private set; }

    /// <summary>R13: whether the session falls inside the window the rule allows (two weeks, or one business day).</summary>
    public bool WithinTimeframe { get; private set; }

    /// <summary>R16: when the quality team was sent the coaching-record card for this session, once it ended.</summary>
    public DateTimeOffset? RecordPromptedAt { get; private set; }

    /// <summary>False when the prompt already went out (a repeated sweep).</summary>
    public bool MarkRecordPrompted(DateTimeOffset now)
    {
        if (RecordPromptedAt is not null) return false;
        RecordPromptedAt = now;
        return true;
    }

    public static CoachingSession Booked(CoachingRequest request, DateTimeOffset reviewCompletedAt, DateTimeOffset windowEnd, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Status != CoachingRequestStatus.Booked || request.BookedStart is not { } start || request.BookedEnd is not { } end)
            throw new InvalidOperationException("Only a booked coaching request records a session.");
        return new CoachingSession
        {
            ReviewId = request.ReviewId,
            Request = request,
            ReviewCompletedAt = reviewCompletedAt,
            ScheduledStart = start,
            ScheduledEnd = end,
            BookedAt = now,
            WithinTimeframe = end <= windowEnd,
        };
    }
}

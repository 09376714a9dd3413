namespace CaseCoach.Core.Coaching;

/// <summary>Where a coaching request (R14) stands: offering times, booked, or withdrawn.</summary>
public enum CoachingRequestStatus
{
    Open,
    Booked,
    Cancelled,
}

using NodaTime;

namespace CaseCoach.Core.Scheduling;

/// <summary>Someone invited to coaching, with their calendar.</summary>
public sealed record SlotAttendee(AttendeeRole Role, AttendeeAvailability Availability);

/// <summary>
/// What the slot finder needs to propose coaching times. <see cref="Now"/> keeps proposals out of the past when
/// the review was completed a while ago.
/// </summary>
public sealed record SlotSearch(
    IReadOnlyList<SlotAttendee> Attendees,
    BusinessCalendar Calendar,
    Instant ReviewCompletedAt,
    Instant Now,
    bool SafetyConcern = false)
{
    public Duration Length { get; init; } = Duration.FromMinutes(60);

    /// <summary>Start times fall on this grid of the jurisdiction's wall clock (:00 and :30 by default).</summary>
    public Duration Step { get; init; } = Duration.FromMinutes(30);

    public int MaxCandidates { get; init; } = 10;
}

/// <summary>A proposed time and who can come: every required attendee, plus the caseworker when free.</summary>
public sealed record SlotCandidate(Instant Start, Instant End, bool CaseworkerFree, IReadOnlyList<string> FreeAttendees);

/// <summary>Either refusals (R11, R12) or ranked candidates inside <see cref="Window"/> (R13); none may fit.</summary>
public sealed record SlotSearchResult(IReadOnlyList<string> Refusals, Interval Window, IReadOnlyList<SlotCandidate> Candidates)
{
    public bool IsRefused => Refusals.Count > 0;
}

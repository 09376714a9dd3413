namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>`coaching.noneWork` and `coaching.refresh`: the request's key, as the card carries it. Re-authorised by the use case.</summary>
public sealed record CoachingRef(string? RequestId);

/// <summary>
/// `coaching.pick` and `coaching.proposeTime`: the request, and the offered slot's id (a pick) or proposedDate
/// (yyyy-MM-dd) and proposedTime (HH:mm) (a proposal).
/// </summary>
public sealed record CoachingPick(string? RequestId, string? SlotId, string? ProposedDate = null, string? ProposedTime = null);

/// <summary>`coaching.markTimes`: the request, and the offered slot ids that work for the caseworker (comma separated, R13).</summary>
public sealed record CoachingTimeMarks(string? RequestId, string? WorkingSlots);

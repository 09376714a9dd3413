namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>
/// `coaching.pick` and `coaching.proposeTime`: the request, and the offered slot's id (a pick) or proposedDate
/// (yyyy-MM-dd) and proposedTime (HH:mm) (a proposal).
/// </summary>
public sealed record CoachingPick(string? RequestId, string? SlotId, string? ProposedDate = null, string? ProposedTime = null);

/// <summary>
/// `coaching.refresh`, `coaching.noneWork` and `coaching.markTimes`: the request's key as the card carries it (re-authorised
/// by the use case) and, for a mark, the offered slot ids that work for the caseworker (comma separated, R13).
/// </summary>
public sealed record CoachingTimeMarks(string? RequestId, string? WorkingSlots);

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>`coaching.noneWork` and `coaching.refresh`: the request's key, as the card carries it. Re-authorised by the use case.</summary>
public sealed record CoachingRef(string? RequestId);

/// <summary>`coaching.pick`: the request and the offered slot's id.</summary>
public sealed record CoachingPick(string? RequestId, string? SlotId);

/// <summary>`coaching.markTimes`: the request, and the offered slot ids that work for the caseworker (comma separated, R13).</summary>
public sealed record CoachingTimeMarks(string? RequestId, string? WorkingSlots);

/// <summary>`coaching.proposeTime`: the request, proposedDate (yyyy-MM-dd) and proposedTime (HH:mm).</summary>
public sealed record CoachingProposal(string? RequestId, string? ProposedDate, string? ProposedTime);

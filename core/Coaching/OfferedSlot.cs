namespace CaseCoach.Core.Coaching;

/// <summary>
/// One time a coaching request offers. <see cref="Id"/> is unique per offer (version and position), so a pick from
/// a card showing older times never lands on a newer time by accident.
/// </summary>
public sealed record OfferedSlot(string Id, DateTimeOffset Start, DateTimeOffset End, bool CaseworkerFree);

/// <summary>A time to offer, before it gets its id.</summary>
public sealed record ProposedSlot(DateTimeOffset Start, DateTimeOffset End, bool CaseworkerFree);

using CaseCoach.Core.Cases;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Clocks;

/// <summary>
/// One hand-off still waiting for its step: what it is about (<see cref="Subject"/> is unique per step and per
/// occurrence, e.g. a review id, or an item id with its barrier's time), when its clock runs out, who holds the
/// step, and the QA supervisor who is told when the holder does not act.
/// </summary>
public sealed record StalledHandOff(
    HandOffStep Step, string Subject, Case Case, DateTimeOffset DueAt, IReadOnlyList<Person> Holders, Person? QaSupervisor,
    long? ReviewId = null, Guid? CoachingRecordId = null, Guid? ActionItemId = null);

/// <summary>One step's clock: the hand-offs of that step still waiting now (due or not; the sweep compares times).</summary>
public interface IHandOffClock
{
    HandOffStep Step { get; }

    Task<IReadOnlyList<StalledHandOff>> WaitingAsync(HandOffContext context, CancellationToken cancellationToken);
}

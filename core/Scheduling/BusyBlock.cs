using NodaTime;

namespace CaseCoach.Core.Scheduling;

/// <summary>A half-open stretch of time [Start, End) in which someone cannot meet.</summary>
public readonly record struct BusyBlock(Instant Start, Instant End)
{
    public bool Overlaps(Instant start, Instant end) => Start < end && start < End;
}

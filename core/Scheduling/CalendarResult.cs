namespace CaseCoach.Core.Scheduling;

/// <summary>
/// Classified outcome of a calendar call, so an outbox deliverer can tell "try later" from "never":
/// expected failures are results, not exceptions.
/// </summary>
public abstract record CalendarResult<T>
{
    private CalendarResult() { }

    public sealed record Done(T Value) : CalendarResult<T>;

    /// <summary>Throttled (429), unavailable (5xx), unreachable: try again, no earlier than <paramref name="RetryAfter"/>.</summary>
    public sealed record Transient(string Reason, TimeSpan? RetryAfter = null) : CalendarResult<T>;

    /// <summary>The calendar's final answer (403, 404, bad request): retrying will not help.</summary>
    public sealed record Failed(string Reason) : CalendarResult<T>;
}

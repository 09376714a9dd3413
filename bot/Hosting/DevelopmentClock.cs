namespace CaseCoach.Bot.Hosting;

/// <summary>
/// The system clock, unless a Development caller has moved it (POST /api/dev/clock). Demos and
/// tests use it to walk a timeline of due dates; it is never registered outside Development.
/// </summary>
public sealed class DevelopmentClock : TimeProvider
{
    private readonly Lock _gate = new();
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return base.GetUtcNow() + _offset;
    }

    /// <summary>Moves "now" to <paramref name="now"/>; time then keeps running from there.</summary>
    public void SetNow(DateTimeOffset now)
    {
        lock (_gate) _offset = now - base.GetUtcNow();
    }
}

namespace CaseCoach.Core.Outbox;

/// <summary>When to try a row again after a transient failure.</summary>
internal static class OutboxBackoff
{
    /// <summary>
    /// The remote's own delay (429 Retry-After) wins when given. Otherwise exponential backoff with
    /// "equal jitter" (half fixed, half random), so rows that failed together do not retry together.
    /// </summary>
    public static TimeSpan Delay(int attempt, TimeSpan? requested, OutboxOptions options, Random random)
    {
        if (requested is { } after && after > TimeSpan.Zero)
        {
            return after;
        }

        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var ceiling = Math.Min(options.BaseBackoff.TotalMilliseconds * Math.Pow(2, exponent), options.MaxBackoff.TotalMilliseconds);
        var half = ceiling / 2;
        return TimeSpan.FromMilliseconds(half + (random.NextDouble() * half));
    }
}

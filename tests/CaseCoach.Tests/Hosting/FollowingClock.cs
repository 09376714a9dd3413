namespace CaseCoach.Tests.Hosting;

/// <summary>
/// A clock that reads another clock once it is known: the local issuer mints tokens at the bot's own
/// time, so a test that moves the bot's clock (POST /api/dev/clock) still sends tokens that are valid then.
/// </summary>
public sealed class FollowingClock : TimeProvider
{
    public TimeProvider? Target { get; set; }

    public override DateTimeOffset GetUtcNow() => Target?.GetUtcNow() ?? base.GetUtcNow();
}

using CaseCoach.Core.Clocks;

namespace CaseCoach.Bot.Plugins.Clocks;

/// <summary>The hand-off clocks' sweep shell: "now" from the bot's clock, the rest is <see cref="NudgeStalledHandOffs"/>.</summary>
public sealed class HandOffClockSweep(NudgeStalledHandOffs nudge, TimeProvider time) : ISweep
{
    public Task RunOnceAsync(CancellationToken cancellationToken) => nudge.RunOnceAsync(time.GetUtcNow(), cancellationToken);
}

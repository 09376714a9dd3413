using CaseCoach.Core.Reports.JumpChecks;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>R26's sweep shell: "now" from the bot's clock, the rest is <see cref="OpenJumpChecks"/>.</summary>
public sealed class JumpCheckSweep(OpenJumpChecks open, TimeProvider time) : ISweep
{
    public Task RunOnceAsync(CancellationToken cancellationToken) => open.RunOnceAsync(time.GetUtcNow(), cancellationToken);
}

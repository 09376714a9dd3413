using CaseCoach.Core.ActionItems;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>The action-item sweep's shell (R20-R22): the decisions and effects are <see cref="RemindAboutDueItems"/>.</summary>
public sealed class ActionItemSweep(RemindAboutDueItems remind, TimeProvider time) : ISweep
{
    public Task RunOnceAsync(CancellationToken cancellationToken) => remind.RunOnceAsync(time.GetUtcNow(), cancellationToken);
}

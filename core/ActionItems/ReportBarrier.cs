using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.ActionItems;

public sealed record ReportBarrierCommand(Person? Actor, Guid? ActionItemId, string? Barrier, DateTimeOffset Now) : ItemStep(Actor, ActionItemId, Now);

/// <summary>`actionItems.reportBarrier` (R19): the case team names what is in the way so the reviewer can extend.</summary>
public sealed class ReportBarrier(ActionItemWork work, ItemStepNotices notices)
{
    public async Task<Result<ChecklistCopy>> HandleAsync(ReportBarrierCommand command, CancellationToken cancellationToken) =>
        await notices.TellAsync(await work.TakeAsync(command, reviewerStep: false, "actionItems.reportBarrier",
            h => h.Item.ReportBarrier(h.Actor.Id, command.Barrier, h.Clock.Now), cancellationToken),
            command.ActionItemId, ItemStepKind.BarrierReported, cancellationToken);
}

using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.ActionItems;

public sealed record ReportBarrierCommand(Person? Actor, Guid? ActionItemId, string? Barrier, DateTimeOffset Now);

/// <summary>`actionItems.reportBarrier` (R19): the case team names what is in the way so the reviewer can extend.</summary>
public sealed class ReportBarrier(ActionItemWork work)
{
    public async Task<Result<ChecklistCopy>> HandleAsync(ReportBarrierCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var inHand = await work.ForStepAsync(command.Actor, command.ActionItemId, reviewerStep: false, command.Now, cancellationToken);
        if (inHand.Value is not { } found) return inHand.Refusal!;
        return await work.StepAsync(found, "actionItems.reportBarrier",
            h => h.Item.ReportBarrier(h.Actor.Id, command.Barrier, h.Clock.Now), cancellationToken);
    }
}

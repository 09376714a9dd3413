using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.ActionItems;

public sealed record ReportItemDoneCommand(Person? Actor, Guid? ActionItemId, DateTimeOffset Now);

/// <summary>`actionItems.reportDone` (R18): the caseworker or supervisor says the task is done; the reviewer verifies next.</summary>
public sealed class ReportItemDone(ActionItemWork work)
{
    public async Task<Result<ChecklistCopy>> HandleAsync(ReportItemDoneCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var inHand = await work.ForStepAsync(command.Actor, command.ActionItemId, reviewerStep: false, command.Now, cancellationToken);
        if (inHand.Value is not { } found) return inHand.Refusal!;
        return await work.StepAsync(found, "actionItems.reportDone", h => h.Item.ReportDone(h.Actor.Id, h.Clock.Now), cancellationToken);
    }
}

using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.ActionItems;

public sealed record SendBackItemCommand(Person? Actor, Guid? ActionItemId, string? Reason, DateTimeOffset Now);

/// <summary>`actionItems.sendBack` (R18): the file does not show the task done yet; it goes back to open with the reason.</summary>
public sealed class SendBackItem(ActionItemWork work)
{
    public async Task<Result<ChecklistCopy>> HandleAsync(SendBackItemCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var inHand = await work.ForStepAsync(command.Actor, command.ActionItemId, reviewerStep: true, command.Now, cancellationToken);
        if (inHand.Value is not { } found) return inHand.Refusal!;
        return await work.StepAsync(found, "actionItems.sendBack",
            h => h.Item.SendBack(h.Actor.Id, command.Reason, h.Clock.Now), cancellationToken);
    }
}

using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.ActionItems;

public sealed record VerifyItemCommand(Person? Actor, Guid? ActionItemId, DateTimeOffset Now);

/// <summary>`actionItems.verify` (R18): the reviewer checked the case file; only an item reported done can be verified.</summary>
public sealed class VerifyItem(ActionItemWork work)
{
    public async Task<Result<ChecklistCopy>> HandleAsync(VerifyItemCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var inHand = await work.ForStepAsync(command.Actor, command.ActionItemId, reviewerStep: true, command.Now, cancellationToken);
        if (inHand.Value is not { } found) return inHand.Refusal!;
        return await work.StepAsync(found, "actionItems.verify", h => h.Item.Verify(h.Actor.Id, h.Clock.Now), cancellationToken);
    }
}

using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.ActionItems;

public sealed record VerifyItemCommand(Person? Actor, Guid? ActionItemId, DateTimeOffset Now) : ItemStep(Actor, ActionItemId, Now);

/// <summary>`actionItems.verify` (R18): the reviewer checked the case file; only an item reported done can be verified.</summary>
public sealed class VerifyItem(ActionItemWork work)
{
    public Task<Result<ChecklistCopy>> HandleAsync(VerifyItemCommand command, CancellationToken cancellationToken) =>
        work.TakeAsync(command, reviewerStep: true, "actionItems.verify", h => h.Item.Verify(h.Actor.Id, h.Clock.Now), cancellationToken);
}

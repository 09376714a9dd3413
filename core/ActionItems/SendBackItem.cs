using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.ActionItems;

public sealed record SendBackItemCommand(Person? Actor, Guid? ActionItemId, string? Reason, DateTimeOffset Now) : ItemStep(Actor, ActionItemId, Now);

/// <summary>`actionItems.sendBack` (R18): the file does not show the task done yet; it goes back to open with the reason.</summary>
public sealed class SendBackItem(ActionItemWork work, ItemStepNotices notices)
{
    public async Task<Result<ChecklistCopy>> HandleAsync(SendBackItemCommand command, CancellationToken cancellationToken) =>
        await notices.TellAsync(await work.TakeAsync(command, reviewerStep: true, "actionItems.sendBack", h => h.Item.SendBack(h.Actor.Id, command.Reason, h.Clock.Now), cancellationToken),
            command.ActionItemId, ItemStepKind.SentBack, cancellationToken);
}

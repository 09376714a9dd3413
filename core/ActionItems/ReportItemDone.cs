using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.ActionItems;

public sealed record ReportItemDoneCommand(Person? Actor, Guid? ActionItemId, DateTimeOffset Now) : ItemStep(Actor, ActionItemId, Now);

/// <summary>`actionItems.reportDone` (R18): the caseworker or supervisor says the task is done; the reviewer verifies next.</summary>
public sealed class ReportItemDone(ActionItemWork work, ItemStepNotices notices)
{
    public async Task<Result<ChecklistCopy>> HandleAsync(ReportItemDoneCommand command, CancellationToken cancellationToken) =>
        await notices.TellAsync(await work.TakeAsync(command, reviewerStep: false, "actionItems.reportDone", h => h.Item.ReportDone(h.Actor.Id, h.Clock.Now), cancellationToken),
            command.ActionItemId, ItemStepKind.ReportedDone, cancellationToken);
}

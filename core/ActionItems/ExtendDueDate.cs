using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.ActionItems;

/// <param name="NewDueOn">Null when the date box was left empty or unreadable.</param>
public sealed record ExtendDueDateCommand(Person? Actor, Guid? ActionItemId, DateOnly? NewDueOn, DateTimeOffset Now);

/// <summary>`actionItems.extend` (R19): the reviewer moves the due date later; never for a safety item, never into the past.</summary>
public sealed class ExtendDueDate(ActionItemWork work)
{
    public static readonly Refusal DateMissing = new(RefusalCode.Invalid, "action-item-extend-date-missing", "newDueDate");

    public async Task<Result<ChecklistCopy>> HandleAsync(ExtendDueDateCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var inHand = await work.ForStepAsync(command.Actor, command.ActionItemId, reviewerStep: true, command.Now, cancellationToken);
        if (inHand.Value is not { } found) return inHand.Refusal!;
        if (command.NewDueOn is not { } newDueOn) return DateMissing;
        return await work.StepAsync(found, "actionItems.extend",
            h => h.Item.ExtendDueDate(h.Actor.Id, newDueOn, h.Clock.Today, h.Clock.Now), cancellationToken);
    }
}

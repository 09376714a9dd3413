using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>`actionItems.extend` adapter: <see cref="ExtendDueDate"/>, then the clicker's new view of the checklist (or the refusal).</summary>
public sealed class ExtendAction(ExtendDueDate step, TurnActor actor, ActionItemCards cards, RefusalResponses refusals) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var data = turn.DataAs<ActionItemData>();
        var command = new ExtendDueDateCommand(await actor.PersonAsync(turn, cancellationToken), data?.ItemId, data?.DateInput("newDueDate"), actor.Now);
        return refusals.Answer(await step.HandleAsync(command, cancellationToken), turn.Verb, cards.Show);
    }
}

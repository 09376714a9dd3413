using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>`actionItems.sendBack` adapter: <see cref="SendBackItem"/>, then the clicker's new view of the checklist (or the refusal).</summary>
public sealed class SendBackAction(SendBackItem step, TurnActor actor, ActionItemCards cards, RefusalResponses refusals) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var data = turn.DataAs<ActionItemData>();
        var command = new SendBackItemCommand(await actor.PersonAsync(turn, cancellationToken), data?.ItemId, data?.Input("sendBackReason"), actor.Now);
        return refusals.Answer(await step.HandleAsync(command, cancellationToken), turn.Verb, cards.Show);
    }
}

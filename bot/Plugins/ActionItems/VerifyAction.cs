using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>`actionItems.verify` adapter: <see cref="VerifyItem"/>, then the clicker's new view of the checklist (or the refusal).</summary>
public sealed class VerifyAction(VerifyItem step, TurnActor actor, ActionItemCards cards, RefusalResponses refusals) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var data = turn.DataAs<ActionItemData>();
        var command = new VerifyItemCommand(await actor.PersonAsync(turn, cancellationToken), data?.ItemId, actor.Now);
        return refusals.Answer(await step.HandleAsync(command, cancellationToken), turn.Verb, cards.Show);
    }
}

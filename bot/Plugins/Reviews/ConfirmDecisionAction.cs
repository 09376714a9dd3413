using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>`review.confirmDecision` adapter (R8): <see cref="ConfirmDecision"/>, then the decided summary.</summary>
public sealed class ConfirmDecisionAction(ConfirmDecision confirm, TurnActor actor, ReviewCards cards, RefusalResponses refusals)
    : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var form = turn.DataAs<DecisionForm>();
        var command = new ConfirmDecisionCommand(await actor.PersonAsync(turn, cancellationToken), form?.ReviewId,
            form?.NotEnoughInformation ?? false, form?.SafetyConcern ?? false, actor.Now);
        return refusals.Answer(await confirm.HandleAsync(command, cancellationToken), turn.Verb, cards.Show);
    }
}

using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.Coaching;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>`coaching.markTimes` adapter: <see cref="MarkCoachingTimes"/>, then the caseworker's card with their marks (R13).</summary>
public sealed class MarkTimesAction(MarkCoachingTimes mark, TurnActor actor, CoachingCards cards, RefusalResponses refusals) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var form = turn.DataAs<CoachingTimeMarks>();
        var command = new MarkCoachingTimesCommand(await actor.PersonAsync(turn, cancellationToken), form?.RequestId, form?.WorkingSlots, actor.Now);
        return refusals.Answer(await mark.HandleAsync(command, cancellationToken), turn.Verb, cards.Show);
    }
}

using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.Coaching;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>`coaching.refresh` adapter (the card's refresh action): <see cref="ShowCoachingRequest"/> for any attendee.</summary>
public sealed class RefreshAction(ShowCoachingRequest show, TurnActor actor, CoachingCards cards, RefusalResponses refusals) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var command = new ShowCoachingRequestCommand(await actor.PersonAsync(turn, cancellationToken), turn.DataAs<CoachingRef>()?.RequestId, actor.Now);
        return refusals.Answer(await show.HandleAsync(command, cancellationToken), turn.Verb, cards.Show);
    }
}

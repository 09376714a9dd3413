using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.Coaching;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>`coaching.noneWork` adapter: <see cref="OfferWiderTimes"/>, then the card with times further out.</summary>
public sealed class NoneWorkAction(OfferWiderTimes offer, TurnActor actor, CoachingCards cards, RefusalResponses refusals) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var command = new OfferWiderTimesCommand(await actor.PersonAsync(turn, cancellationToken), turn.DataAs<CoachingRef>()?.RequestId, actor.Now);
        return refusals.Answer(await offer.HandleAsync(command, cancellationToken), turn.Verb, cards.Show);
    }
}

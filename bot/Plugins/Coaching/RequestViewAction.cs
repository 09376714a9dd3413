using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Cards;
using CaseCoach.Core.Coaching;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>
/// The poll's steps that answer with the viewer's own card and book nothing: `coaching.refresh`
/// (<see cref="ShowCoachingRequest"/>), `coaching.noneWork` (<see cref="OfferWiderTimes"/>) and `coaching.markTimes`
/// (<see cref="MarkCoachingTimes"/>, the caseworker's times, R13).
/// </summary>
public sealed class RequestViewAction(
    ShowCoachingRequest show, OfferWiderTimes offer, MarkCoachingTimes mark, TurnActor actor, CoachingCards cards, RefusalResponses refusals)
    : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var form = turn.DataAs<CoachingTimeMarks>();
        var person = await actor.PersonAsync(turn, cancellationToken);
        var result = turn.Verb switch
        {
            CardVerbs.CoachingNoneWork => await offer.HandleAsync(new OfferWiderTimesCommand(person, form?.RequestId, actor.Now), cancellationToken),
            CardVerbs.CoachingMarkTimes => await mark.HandleAsync(
                new MarkCoachingTimesCommand(person, form?.RequestId, form?.WorkingSlots, actor.Now), cancellationToken),
            _ => await show.HandleAsync(new ShowCoachingRequestCommand(person, form?.RequestId, actor.Now), cancellationToken),
        };
        return refusals.Answer(result, turn.Verb, cards.Show);
    }
}

using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Cards;
using CaseCoach.Core.Coaching;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>
/// `coaching.pick` and `coaching.proposeTime` adapter: <see cref="BookCoachingSession"/> for the offered slot picked or
/// the day and time proposed, then the poll card as it stands.
/// </summary>
public sealed class BookSessionAction(BookCoachingSession book, TurnActor actor, CoachingCards cards, RefusalResponses refusals) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var form = turn.DataAs<CoachingPick>();
        var proposal = turn.Verb == CardVerbs.CoachingProposeTime ? new ProposedTime(form?.ProposedDate, form?.ProposedTime) : null;
        var command = new BookCoachingSessionCommand(await actor.PersonAsync(turn, cancellationToken), form?.RequestId,
            ClaimToken.Of(turn), actor.Now, SlotId: proposal is null ? form?.SlotId : null, Proposal: proposal);
        return refusals.Answer(await book.HandleAsync(command, cancellationToken), turn.Verb, cards.Show);
    }
}

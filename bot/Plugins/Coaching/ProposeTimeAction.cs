using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.Coaching;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>`coaching.proposeTime` adapter: <see cref="BookCoachingSession"/> for the proposed day and time.</summary>
public sealed class ProposeTimeAction(BookCoachingSession book, TurnActor actor, CoachingCards cards, RefusalResponses refusals) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var form = turn.DataAs<CoachingProposal>();
        var command = new BookCoachingSessionCommand(await actor.PersonAsync(turn, cancellationToken), form?.RequestId,
            ClaimToken.Of(turn), actor.Now, Proposal: new ProposedTime(form?.ProposedDate, form?.ProposedTime));
        return refusals.Answer(await book.HandleAsync(command, cancellationToken), turn.Verb, cards.Show);
    }
}

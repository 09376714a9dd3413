using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.Coaching;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>`coaching.pick` adapter: <see cref="BookCoachingSession"/> for an offered slot, then the poll card as it stands.</summary>
public sealed class PickSlotAction(BookCoachingSession book, TurnActor actor, CoachingCards cards, RefusalResponses refusals) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var pick = turn.DataAs<CoachingPick>();
        var command = new BookCoachingSessionCommand(await actor.PersonAsync(turn, cancellationToken), pick?.RequestId,
            ClaimToken.Of(turn), actor.Now, SlotId: pick?.SlotId);
        return refusals.Answer(await book.HandleAsync(command, cancellationToken), turn.Verb, cards.Show);
    }
}

using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>`review.start` adapter: <see cref="StartReview"/>, then the survey (or the summary once submitted).</summary>
public sealed class StartReviewAction(StartReview startReview, TurnActor actor, ReviewCards cards, RefusalResponses refusals)
    : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var data = turn.DataAs<ReviewRef>();
        var command = new StartReviewCommand(await actor.PersonAsync(turn, cancellationToken), data?.ReviewId, actor.Now);
        return refusals.Answer(await startReview.HandleAsync(command, cancellationToken), turn.Verb, cards.Show);
    }
}

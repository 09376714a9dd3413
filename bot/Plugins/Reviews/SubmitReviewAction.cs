using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>`review.submit` adapter: <see cref="SubmitReview"/>, then the summary in place (or the survey with its errors).</summary>
public sealed class SubmitReviewAction(SubmitReview submit, TurnActor actor, ReviewCards cards, RefusalResponses refusals)
    : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var form = turn.DataAs<SurveyForm>();
        var command = new SubmitReviewCommand(await actor.PersonAsync(turn, cancellationToken), form?.ReviewId,
            form?.ToInputs() ?? new SurveyInputs(new Dictionary<string, string>()), actor.Now);
        return refusals.Answer(await submit.HandleAsync(command, cancellationToken), turn.Verb, cards.Show);
    }
}

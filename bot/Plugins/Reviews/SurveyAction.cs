using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Cards;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>
/// The survey's two buttons: `review.saveDraft` (<see cref="SaveReviewDraft"/>, then the same survey back) and
/// `review.submit` (<see cref="SubmitReview"/>, then the summary in place, or the survey with its errors).
/// </summary>
public sealed class SurveyAction(SaveReviewDraft saveDraft, SubmitReview submit, TurnActor actor, ReviewCards cards, RefusalResponses refusals)
    : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var form = turn.DataAs<SurveyForm>();
        var (reviewer, inputs) = (await actor.PersonAsync(turn, cancellationToken), form?.ToInputs() ?? new SurveyInputs(new Dictionary<string, string>()));
        var result = turn.Verb == CardVerbs.ReviewSubmit
            ? await submit.HandleAsync(new SubmitReviewCommand(reviewer, form?.ReviewId, inputs, actor.Now), cancellationToken)
            : await saveDraft.HandleAsync(new SaveReviewDraftCommand(reviewer, form?.ReviewId, inputs, actor.Now), cancellationToken);
        return refusals.Answer(result, turn.Verb, cards.Show);
    }
}

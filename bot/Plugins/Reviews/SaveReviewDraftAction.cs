using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>`review.saveDraft` adapter: <see cref="SaveReviewDraft"/>, then the same survey back.</summary>
public sealed class SaveReviewDraftAction(SaveReviewDraft saveDraft, TurnActor actor, ReviewCards cards, RefusalResponses refusals)
    : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var form = turn.DataAs<SurveyForm>();
        var command = new SaveReviewDraftCommand(await actor.PersonAsync(turn, cancellationToken), form?.ReviewId,
            form?.ToInputs() ?? new SurveyInputs(new Dictionary<string, string>()), actor.Now);
        return refusals.Answer(await saveDraft.HandleAsync(command, cancellationToken), turn.Verb, cards.Show);
    }
}

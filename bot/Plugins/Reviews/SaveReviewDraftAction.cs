using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>`review.saveDraft` (R6): keeps an incomplete survey to resume later; the same card comes back.</summary>
public sealed class SaveReviewDraftAction(ReviewAccess access, ReviewCards cards, ReviewAudit audit) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var (inHand, refusal) = await access.ForReviewerAsync(turn, cancellationToken);
        if (inHand is null) return refusal!;
        var (actor, review, instrument) = inHand;
        if (!review.IsOpen) return InvokeResponse.Card(cards.Summary(review, instrument));

        var entry = SurveyEntryReader.Read(turn, instrument);
        var validation = review.SaveDraft(actor, instrument, entry);
        if (!validation.IsValid) return InvokeResponse.Card(cards.Survey(review, instrument, entry, validation));

        audit.Record(actor.AadObjectId, "review.draftSaved", review);
        return InvokeResponse.Card(cards.Survey(review, instrument));
    }
}

using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>`review.start`: the assigned reviewer opens the survey; the first start sends the R10 notification.</summary>
public sealed class StartReviewAction(ReviewAccess access, ReviewCards cards, ReviewEmails emails, ReviewAudit audit, TimeProvider time)
    : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var (inHand, refusal) = await access.ForReviewerAsync(turn, cancellationToken);
        if (inHand is null) return refusal!;
        var (actor, review, instrument) = inHand;

        // R6: a submitted review is no longer open; show what was submitted instead.
        if (!review.IsOpen) return InvokeResponse.Card(cards.Summary(review, instrument));

        if (review.Start(actor, instrument, time.GetUtcNow()))
        {
            await emails.NotifyReviewStartedAsync(review, instrument, cancellationToken);
            audit.Record(actor.AadObjectId, "review.started", review);
        }
        return InvokeResponse.Card(cards.Survey(review, instrument));
    }
}

using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>
/// `review.confirmDecision` (R8): the QA supervisor confirms the computed decision after the debrief. No coaching
/// needed sends the R9 email; coaching needed raises <see cref="CoachingNeeded"/> for the coaching workflow.
/// A decided review only shows its summary again.
/// </summary>
public sealed class ConfirmDecisionAction(
    ReviewAccess access, ReviewCards cards, ReviewEmails emails, ReviewAudit audit, CaseCoachDbContext db, TimeProvider time)
    : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var (inHand, refusal) = await access.ForQaSupervisorAsync(turn, cancellationToken);
        if (inHand is null) return refusal!;
        var (supervisor, review, instrument) = inHand;
        if (review.Status == ReviewStatus.Decided) return InvokeResponse.Card(cards.Summary(review, instrument));
        if (review.Status != ReviewStatus.Submitted)
            return InvokeResponse.Error(409, "Conflict", "This review hasn't been submitted yet, so there is nothing to decide.");

        var decision = review.Decide(supervisor, SurveyEntryReader.Flag(turn, "notEnoughInformation"),
            SurveyEntryReader.Flag(turn, "safetyConcern"), time.GetUtcNow());
        audit.Record(supervisor.AadObjectId, "review.decided", review);
        if (decision == ReviewDecision.NoCoachingNeeded)
            await emails.SendNoCoachingNeededAsync(review, supervisor, cancellationToken);
        else
            db.CoachingNeededEvents.Add(CoachingNeeded.For(review));
        return InvokeResponse.Card(cards.Summary(review, instrument));
    }
}

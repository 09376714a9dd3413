using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>
/// `review.submit`: R5 validation answers with the same card, input kept and errors beside the fields. A valid
/// survey stamps the completion date (R6), turns into a read-only summary in place, and goes to the QA supervisor
/// for the debrief (R7). A second submit finds the review closed and only shows the summary again.
/// </summary>
public sealed class SubmitReviewAction(
    ReviewAccess access, ReviewCards cards, ReviewNotices notices, ReviewAudit audit, CaseCoachDbContext db, TimeProvider time)
    : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var (inHand, refusal) = await access.ForReviewerAsync(turn, cancellationToken);
        if (inHand is null) return refusal!;
        var (actor, review, instrument) = inHand;
        if (!review.IsOpen) return InvokeResponse.Card(cards.Summary(review, instrument));

        var entry = SurveyEntryReader.Read(turn, instrument);
        var validation = review.Submit(actor, instrument, entry, time.GetUtcNow());
        if (!validation.IsValid) return InvokeResponse.Card(cards.Survey(review, instrument, entry, validation));

        audit.Record(actor.AadObjectId, "review.submitted", review);
        if (await DebriefSupervisorAsync(actor, cancellationToken) is { } supervisor)
            await notices.SendCardAsync(supervisor, $"review-debrief:{review.Key}", cards.Debrief(review, instrument), "debrief", cancellationToken);
        return InvokeResponse.Card(cards.Summary(review, instrument));
    }

    /// <summary>R7: the reviewer's own QA supervisor when they have one, otherwise the first QA supervisor.</summary>
    private async Task<Person?> DebriefSupervisorAsync(Person reviewer, CancellationToken cancellationToken) =>
        await db.People.SingleOrDefaultAsync(p => p.Id == reviewer.SupervisorId && p.Role == Role.QaSupervisor, cancellationToken)
        ?? await db.People.Where(p => p.Role == Role.QaSupervisor).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
}

using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>A review the acting person may work on, with its instrument.</summary>
public sealed record ReviewInHand(Person Actor, Review Review, Instrument Instrument);

/// <summary>
/// Who is acting and on what. The actor comes only from the activity's aadObjectId; the review id in the card
/// data is re-authorised here. Refusals change nothing and never say whether a review exists.
/// </summary>
public sealed class ReviewAccess(CaseCoachDbContext db, InstrumentCatalog instruments, ILogger<ReviewAccess> logger)
{
    public static readonly InvokeResponse NotSetUp = InvokeResponse.Error(403, "Forbidden",
        "You're not set up in CaseCoach yet, so I can't open reviews for you. Ask your administrator to add you.");

    public static readonly InvokeResponse NotYours = InvokeResponse.Error(404, "NotFound",
        "I couldn't find that review among the ones you can work on. Type **my reviews** to see your list.");

    public static readonly InvokeResponse SupervisorsOnly = InvokeResponse.Error(403, "Forbidden",
        "Only a quality review supervisor can confirm a coaching decision.");

    public Task<Person?> FindActorAsync(TurnContext turn, CancellationToken cancellationToken) =>
        turn.UserAadObjectId is { Length: > 0 } aadObjectId
            ? db.People.SingleOrDefaultAsync(p => p.AadObjectId == aadObjectId, cancellationToken)
            : Task.FromResult<Person?>(null);

    /// <summary>Only the assigned reviewer may start, save or submit.</summary>
    public async Task<(ReviewInHand? Review, InvokeResponse? Refusal)> ForReviewerAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        if (await FindActorAsync(turn, cancellationToken) is not { } actor) return Refuse(turn, NotSetUp, "unknown person");
        var review = await LoadAsync(turn, cancellationToken);
        if (review is null || !review.IsAssignedTo(actor)) return Refuse(turn, NotYours, "not the assigned reviewer's review");
        return WithInstrument(turn, actor, review);
    }

    /// <summary>Only a quality review supervisor may confirm the decision (R8).</summary>
    public async Task<(ReviewInHand? Review, InvokeResponse? Refusal)> ForQaSupervisorAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        if (await FindActorAsync(turn, cancellationToken) is not { } actor) return Refuse(turn, NotSetUp, "unknown person");
        if (actor.Role != Role.QaSupervisor) return Refuse(turn, SupervisorsOnly, "not a QA supervisor");
        if (await LoadAsync(turn, cancellationToken) is not { } review) return Refuse(turn, NotYours, "unknown review");
        return WithInstrument(turn, actor, review);
    }

    private (ReviewInHand?, InvokeResponse?) WithInstrument(CardActionTurn turn, Person actor, Review review) =>
        instruments.Find(review.InstrumentKey) is { } instrument
            ? (new ReviewInHand(actor, review, instrument), null)
            : Refuse(turn, InvokeResponse.Error(409, "Conflict",
                "This review's instrument is no longer available. Please tell your administrator."), "instrument missing");

    private Task<Review?> LoadAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var key = turn.DataString("reviewId");
        if (string.IsNullOrWhiteSpace(key) || key.Length > Review.KeyLength) return Task.FromResult<Review?>(null);
        return db.Reviews
            .Include(r => r.Answers)
            .Include(r => r.Reviewer)
            .Include(r => r.Jurisdiction)
            .Include(r => r.Case).ThenInclude(c => c.Caseworker)
            .Include(r => r.Case).ThenInclude(c => c.Supervisor)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Key == key, cancellationToken);
    }

    private (ReviewInHand?, InvokeResponse?) Refuse(CardActionTurn turn, InvokeResponse refusal, string reason)
    {
        Log.Refused(logger, turn.Verb, reason);
        return (null, refusal);
    }
}

using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>A coaching request the acting person may schedule, with everyone invited.</summary>
public sealed record CoachingInHand(Person Actor, CoachingRequest Request, CoachingParticipants Who);

/// <summary>
/// Who is acting and on which request. The actor comes only from the activity's aadObjectId; the request id in the
/// card is re-authorised: only the case's supervisor, the QA supervisor and the reviewer may schedule (R14).
/// Refusals change nothing and never say whether a request exists.
/// </summary>
public sealed class CoachingAccess(CaseCoachDbContext db, ILogger<CoachingAccess> logger)
{
    public static readonly InvokeResponse NotYours = InvokeResponse.Error(404, "NotFound",
        "I couldn't find that coaching request among the ones you can schedule. The case's supervisor or the quality team can pick a time.");

    /// <summary>Only the case's supervisor, the QA supervisor and the reviewer may pick, widen or propose (R14).</summary>
    public Task<(CoachingInHand? InHand, InvokeResponse? Refusal)> ForSchedulerAsync(CardActionTurn turn, CancellationToken cancellationToken) =>
        FindAsync(turn, (who, actor) => who.MayPick(actor), cancellationToken);

    /// <summary>Every attendee may see where the request stands (the caseworker too, who received the email).</summary>
    public Task<(CoachingInHand? InHand, InvokeResponse? Refusal)> ForAttendeeAsync(CardActionTurn turn, CancellationToken cancellationToken) =>
        FindAsync(turn, (who, actor) => who.Distinct.Any(a => a.Person.Id == actor.Id), cancellationToken);

    private async Task<(CoachingInHand? InHand, InvokeResponse? Refusal)> FindAsync(
        CardActionTurn turn, Func<CoachingParticipants, Person, bool> allowed, CancellationToken cancellationToken)
    {
        var aad = turn.UserAadObjectId;
        var actor = string.IsNullOrEmpty(aad) ? null : await db.People.SingleOrDefaultAsync(p => p.AadObjectId == aad, cancellationToken);
        if (actor is null) return Refuse(turn, "unknown person");
        var key = turn.DataString("requestId");
        if (string.IsNullOrWhiteSpace(key) || key.Length > CoachingRequest.KeyLength) return Refuse(turn, "no request id");
        var request = await db.Set<CoachingRequest>().SingleOrDefaultAsync(r => r.Key == key, cancellationToken);
        if (request is null) return Refuse(turn, "unknown request");
        var who = await CoachingParticipants.LoadAsync(db, request.ReviewId, cancellationToken);
        if (who is null || !allowed(who, actor)) return Refuse(turn, "not allowed on this session");
        return (new CoachingInHand(actor, request, who), null);
    }

    private (CoachingInHand?, InvokeResponse?) Refuse(CardActionTurn turn, string reason)
    {
        Log.Refused(logger, turn.Verb, reason);
        return (null, NotYours);
    }
}

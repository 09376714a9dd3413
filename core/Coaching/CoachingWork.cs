using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Coaching;

/// <summary>A coaching request the acting person may act on, with everyone invited.</summary>
public sealed record CoachingInHand(Person Actor, CoachingRequest Request, CoachingParticipants Who);

/// <summary>
/// Who may act on which coaching request. The actor comes from the turn (aadObjectId), the request key from card
/// data, so the key is re-authorised here (R14). Refusals change nothing and never say whether a request exists.
/// </summary>
public sealed class CoachingWork(CaseCoachDbContext db)
{
    public static readonly Refusal NotYours = new(RefusalCode.NotFound, "coaching-not-yours");
    /// <summary>Not invited to this session (R11): refused without saying whether the request exists.</summary>
    public static readonly Refusal NotAnAttendee = new(RefusalCode.NotFound, "coaching-not-an-attendee");
    public static readonly Refusal CalendarDown = new(RefusalCode.Unavailable, "coaching-calendar-down");

    /// <summary>Only the case's supervisor, the QA supervisor and the reviewer may pick, widen or propose (R14).</summary>
    public Task<Result<CoachingInHand>> ForSchedulerAsync(Person? actor, string? requestKey, CancellationToken cancellationToken) =>
        FindAsync(actor, requestKey, (who, person) => who.MayPick(person), cancellationToken);

    /// <summary>Every attendee (R11) may see where the request stands: the caseworker too, who received the email.</summary>
    public async Task<Result<CoachingInHand>> ForAttendeeAsync(Person? actor, string? requestKey, CancellationToken cancellationToken)
    {
        var found = await FindAsync(actor, requestKey, (who, person) => who.Distinct.Any(a => a.Person.Id == person.Id), cancellationToken);
        return found.IsDone ? found : NotAnAttendee;
    }

    private async Task<Result<CoachingInHand>> FindAsync(
        Person? actor, string? key, Func<CoachingParticipants, Person, bool> allowed, CancellationToken cancellationToken)
    {
        if (actor is null || string.IsNullOrWhiteSpace(key) || key.Length > CoachingRequest.KeyLength) return NotYours;
        var request = await db.Set<CoachingRequest>().SingleOrDefaultAsync(r => r.Key == key, cancellationToken);
        if (request is null) return NotYours;
        var who = await CoachingParticipants.LoadAsync(db, request.ReviewId, cancellationToken);
        return who is null || !allowed(who, actor) ? NotYours : Result<CoachingInHand>.Done(new(actor, request, who));
    }
}

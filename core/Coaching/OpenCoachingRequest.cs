using CaseCoach.Core.Application;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Coaching;

public sealed record OpenCoachingRequestCommand(long CoachingNeededId, DateTimeOffset Now);

/// <summary>The event was taken up: a request with <see cref="Offered"/> times, or none because R11/R12 refused.</summary>
public sealed record CoachingTakenUp(long ReviewId, CoachingRequest? Request, int Offered, IReadOnlyList<string> Refusals);

/// <summary>
/// Takes up one <see cref="CoachingNeeded"/> event (R11-R14): the best times from everyone's calendar, as the poll
/// card in the chats of the supervisor, the caseworker and the reviewer (each their own view), and as the request email. While the calendar cannot answer, the event waits
/// (refused <c>Unavailable</c>: nothing to save). The caller commits; one request per review.
/// </summary>
public sealed class OpenCoachingRequest(CoachingSlots slots, CoachingPollCopies polls, IMailer mailer, CaseCoachDbContext db)
{
    public static readonly Refusal Gone = new(RefusalCode.AlreadyDone, "coaching-needed-taken-up");

    public async Task<Result<CoachingTakenUp>> HandleAsync(OpenCoachingRequestCommand command, CancellationToken cancellationToken)
    {
        var needed = await db.CoachingNeededEvents.SingleOrDefaultAsync(e => e.Id == command.CoachingNeededId, cancellationToken);
        var who = needed is null ? null : await CoachingParticipants.LoadAsync(db, needed.ReviewId, cancellationToken);
        if (needed is null || who is null || !needed.TakeUp(command.Now)) return Gone;

        if (await slots.FirstAsync(who, cancellationToken) is not CalendarResult<CoachingSlotsFound>.Done { Value: var found })
            return CoachingWork.CalendarDown;

        if (found.Refusals.Count > 0)
        {
            // Nothing a retry can fix: the people on the case must change first, so the event is taken up.
            who.Review.CoachingRefused(found.Refusals);
            return Result<CoachingTakenUp>.Done(new(who.Review.Id, null, 0, found.Refusals));
        }

        var request = CoachingRequest.Open(who.Review.Id, found.Slots, found.WindowEnd, command.Now);
        db.Set<CoachingRequest>().Add(request);
        var view = new CoachingView(request, who);
        await polls.SendAsync(view, cancellationToken);
        await mailer.SendAsync(RequestMail(view), cancellationToken);
        return Result<CoachingTakenUp>.Done(new(who.Review.Id, request, found.Slots.Count, []));
    }

    /// <summary>R14: to the caseworker and the supervisor, copied to the quality team.</summary>
    private static CoachingRequestMail RequestMail(CoachingView view)
    {
        var all = view.Who.Addresses();
        var to = all.Where(a => a.Address == view.Who.Caseworker.Email || a.Address == view.Who.Supervisor.Email).ToList();
        return new CoachingRequestMail(view, to, all.Except(to).ToList());
    }
}

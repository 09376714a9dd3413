using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Coaching;

public sealed record ShowCoachingRequestCommand(Person? Actor, string? RequestKey, DateTimeOffset Now);

/// <summary>
/// `coaching.refresh` (the card's refresh, with userIds of every attendee): the request as it stands, in the opener's
/// own view (the supervisor picks, the caseworker marks times, the quality team sees where it stands), for any attendee;
/// anyone else is refused. Outlook runs it when the email is opened, so an
/// email read after the booking (or after new times) shows the current state instead of the times first offered.
/// </summary>
public sealed class ShowCoachingRequest(CoachingWork work, CoachingMarks marks, CaseCoachDbContext db)
{
    public async Task<Result<CoachingView>> HandleAsync(ShowCoachingRequestCommand command, CancellationToken cancellationToken)
    {
        var inHand = await work.ForAttendeeAsync(command.Actor, command.RequestKey, cancellationToken);
        if (inHand.Value is not { } found) return inHand.Refusal!;
        return Result<CoachingView>.Done(await AsItStandsAsync(found, command.Now, CoachingNote.None, cancellationToken));
    }

    /// <summary>
    /// As stored now: booked, being booked by another pick (shown for the time it claimed), or open with
    /// <paramref name="noteIfOpen"/>.
    /// </summary>
    public async Task<CoachingView> AsItStandsAsync(CoachingInHand inHand, DateTimeOffset now, CoachingNote noteIfOpen, CancellationToken cancellationToken)
    {
        var current = await db.Set<CoachingRequest>().AsNoTracking().SingleAsync(r => r.Id == inHand.Request.Id, cancellationToken);
        var view = current.IsClaimedByOther("", now)
            ? new CoachingView(current, inHand.Who, BeingBooked: true)
            : new CoachingView(current, inHand.Who, current.IsOpen ? noteIfOpen : CoachingNote.None);
        return view with { Viewer = inHand.Actor, Marks = current.IsOpen ? await marks.OfAsync(current, cancellationToken) : view.Marks };
    }
}

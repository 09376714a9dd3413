using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Scheduling;
using NodaTime;

namespace CaseCoach.Core.Coaching;

/// <summary>A time to book: an offered slot's id (`coaching.pick`), or a proposal (`coaching.proposeTime`).</summary>
public sealed record BookCoachingSessionCommand(
    Person? Actor, string? RequestKey, string ClaimToken, DateTimeOffset Now, string? SlotId = null, ProposedTime? Proposal = null);

/// <summary>
/// `coaching.pick` and `coaching.proposeTime` (R14). A pick from a card whose times were replaced shows the current
/// times; a pick after the booking shows the booked time. Otherwise the time is claimed (only one pick talks to the
/// calendar), everyone's free/busy is re-checked, and one meeting is booked for every attendee.
/// </summary>
public sealed class BookCoachingSession(
    CoachingWork work, CoachingClaim claim, CoachingSlots slots, CoachingOffers offers, ShowCoachingRequest show,
    ICalendarProvider calendar, ICoachingWording wording, CoachingPollCopies polls, IMailer mailer, CaseCoachDbContext db)
{
    public async Task<Result<CoachingView>> HandleAsync(BookCoachingSessionCommand command, CancellationToken cancellationToken)
    {
        var inHand = await work.ForSchedulerAsync(command.Actor, command.RequestKey, cancellationToken);
        if (inHand.Value is not { } found) return inHand.Refusal!;
        var (actor, request, who) = found;
        if (!request.IsOpen) return await AsItStandsAsync(found, command, cancellationToken);

        var time = command.Proposal is { } proposal ? proposal.Resolve(actor, who, slots.Length, command.Now) : Picked(request, command.SlotId);
        if (time.Refusal == TimesChanged) return await offers.OfferAsync(found, CoachingNote.TimesChanged, wider: false, command.Now, cancellationToken);
        if (time.Value is not { } picked) return time.Refusal!;
        if (!await claim.TakeAsync(request, command.ClaimToken, picked, command.Now, cancellationToken))
            return await AsItStandsAsync(found, command, cancellationToken);

        var free = await slots.IsFreeAsync(who, picked.Start, picked.End, cancellationToken);
        if (free is CalendarResult<bool>.Done { Value: false })
        {
            await claim.ReleaseAsync(request, command.ClaimToken, cancellationToken);
            return await offers.OfferAsync(found, CoachingNote.TimeTaken, wider: false, command.Now, cancellationToken);
        }

        if (free is not CalendarResult<bool>.Done
            || await calendar.CreateEventAsync(Booking(request, who, picked), cancellationToken) is not CalendarResult<CalendarEvent>.Done { Value: var booked })
        {
            await claim.ReleaseAsync(request, command.ClaimToken, cancellationToken);
            return CoachingWork.CalendarDown;
        }

        request.Book(picked.Start, picked.End, booked.EventId, actor.AadObjectId, command.Now);
        var window = CoachingWindow.For(who.Calendar, Instant.FromDateTimeOffset(who.CompletedAt), who.Review.SafetyConcern);
        db.Set<CoachingSession>().Add(CoachingSession.Booked(request, who.CompletedAt, window.End.ToDateTimeOffset(), command.Now));
        if (booked.InvitationIcs is { } ics)
            await mailer.SendAsync(new CoachingInvitationMail(request, who.Review, picked.Start, who.Zone, who.Addresses(), ics), cancellationToken);
        var view = new CoachingView(request, who);
        await polls.UpdateAsync(view, cancellationToken);
        return Result<CoachingView>.Done(view.For(actor));
    }

    /// <summary>Not shown: a pick of a slot no longer offered is answered with the current times.</summary>
    private static readonly Refusal TimesChanged = new(RefusalCode.Conflict, "coaching-times-changed");

    private static Result<TimeSlot> Picked(CoachingRequest request, string? slotId) =>
        request.FindSlot(slotId) is { } slot ? Result<TimeSlot>.Done(new(slot.Start, slot.End)) : TimesChanged;

    private async Task<Result<CoachingView>> AsItStandsAsync(CoachingInHand found, BookCoachingSessionCommand command, CancellationToken cancellationToken) =>
        Result<CoachingView>.Done(await show.AsItStandsAsync(found, command.Now, CoachingNote.SomeoneElseBooking, cancellationToken));

    /// <summary>The calendar's idempotency key is the request's key, so a retry books nothing new.</summary>
    private BookingRequest Booking(CoachingRequest request, CoachingParticipants who, TimeSlot picked) => new(
        request.Key, wording.SessionTitle(who.Review), wording.SessionBody(who.Review),
        Instant.FromDateTimeOffset(picked.Start), Instant.FromDateTimeOffset(picked.End),
        who.Distinct.Select(a => new BookingAttendee(a.Person.Email, a.Person.Name, a.Role.IsRequiredAtCoaching())).ToList());
}

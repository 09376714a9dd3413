using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Core.Audit;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Scheduling;
using NodaTime;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>
/// Books a picked time (R14): re-checks everyone's free/busy first, answers a conflict with fresh times, and
/// otherwise books one meeting for every attendee. The calendar's idempotency key is the request's key, so a retry
/// or a second click books nothing new; the request's version token makes the first commit win.
/// </summary>
public sealed class CoachingBooking(
    CaseCoachDbContext db, ICalendarProvider calendar, CoachingSlots slots, CoachingCards cards, CoachingMessages messages,
    TimeProvider time, ILogger<CoachingBooking> logger)
{
    public static readonly InvokeResponse CalendarDown = InvokeResponse.Error(503, "ServiceUnavailable",
        "I couldn't reach the calendar just now, so nothing was booked. Please try again in a minute.");

    public async Task<InvokeResponse> BookAsync(CoachingInHand inHand, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var (actor, request, who) = inHand;
        switch (await slots.IsFreeAsync(who, start, end, cancellationToken))
        {
            case CalendarResult<bool>.Done { Value: false }:
                Log.Conflict(logger, request.Id);
                return await OfferAgainAsync(inHand, "That time was just taken in someone's calendar, so here are fresh times.", cancellationToken);
            case CalendarResult<bool>.Done:
                break;
            default:
                return CalendarDown;
        }

        var booking = Booking(request, who, start, end);
        if (await calendar.CreateEventAsync(booking, cancellationToken) is not CalendarResult<CalendarEvent>.Done { Value: var booked })
            return CalendarDown;

        var now = time.GetUtcNow();
        request.Book(start, end, booked.EventId, actor.AadObjectId, now);
        var window = CoachingWindow.For(who.Calendar, Instant.FromDateTimeOffset(who.CompletedAt), who.Review.SafetyConcern);
        db.Set<CoachingSession>().Add(CoachingSession.Booked(request, who.CompletedAt, window.End.ToDateTimeOffset(), now));
        db.AuditEntries.Add(AuditEntry.Record(actor.AadObjectId, "coaching.booked", "CoachingRequest", request.Key, now, new { start, end }));
        if (booked.InvitationIcs is { } ics)
            messages.EmailInvitation(request, who, ics, $"coaching-invitation:{request.Key}", booking.Subject, start);
        var card = cards.Poll(request, who);
        await messages.UpdatePollsAsync(request, card, cancellationToken);
        Log.Booked(logger, request.Id);
        return InvokeResponse.Card(card);
    }

    /// <summary>
    /// A pick that arrives after the booking: the booked card. When it lost a race to a pick of another time a moment
    /// ago, the calendar may hold the time this pick asked for (one event, same key), so it is moved to the booked time.
    /// </summary>
    public async Task<InvokeResponse> AlreadyBookedAsync(CoachingInHand inHand, OfferedSlot? picked, CancellationToken cancellationToken)
    {
        var (_, request, who) = inHand;
        var justNow = time.GetUtcNow() - request.UpdatedAt < TimeSpan.FromMinutes(5);
        if (justNow && picked is not null && picked.Start != request.BookedStart && request.EventId is { } eventId
            && request.BookedStart is { } start && request.BookedEnd is { } end)
        {
            var booking = Booking(request, who, start, end);
            if (await calendar.UpdateEventAsync(eventId, booking, cancellationToken) is CalendarResult<CalendarEvent>.Done { Value.InvitationIcs: { } ics })
                messages.EmailInvitation(request, who, ics, $"coaching-invitation:{request.Key}:{picked.Id}", booking.Subject, start);
        }

        return InvokeResponse.Card(cards.Poll(request, who, ""));
    }

    /// <summary>Fresh times in the current window, shown to the clicker and in every poll card.</summary>
    public async Task<InvokeResponse> OfferAgainAsync(CoachingInHand inHand, string notice, CancellationToken cancellationToken, bool wider = false)
    {
        var (_, request, who) = inHand;
        var search = wider ? await slots.WiderAsync(who, request, cancellationToken) : await slots.AgainAsync(who, request, cancellationToken);
        if (search is not CalendarResult<CoachingSlotsFound>.Done { Value: var found }) return CalendarDown;
        request.Offer(found.Slots, found.WindowEnd, time.GetUtcNow());
        var card = cards.Poll(request, who, notice);
        await messages.UpdatePollsAsync(request, card, cancellationToken);
        return InvokeResponse.Card(card);
    }

    private BookingRequest Booking(CoachingRequest request, CoachingParticipants who, DateTimeOffset start, DateTimeOffset end)
    {
        var caseName = System.Net.WebUtility.HtmlEncode(who.Review.Case.Name);
        var attendees = who.Distinct.Select(a => new BookingAttendee(a.Person.Email, a.Person.Name, a.Role.IsRequiredAtCoaching())).ToList();
        return new BookingRequest(request.Key, $"Coaching: a few questions about {who.Review.Case.Name}",
            $"<p>Thanks for making the time! We'll talk through a couple of questions about {caseName}: strengths first, then a plan together.</p>",
            Instant.FromDateTimeOffset(start), Instant.FromDateTimeOffset(end), attendees);
    }
}

using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Cards.Coaching;
using CaseCoach.Cards.Text;
using CaseCoach.Core.Audit;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Scheduling;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>
/// Books a picked time (R14). The pick first claims the request with a conditional update (0 rows: another pick is
/// booking, and this one is told for when), so only one pick ever talks to the calendar. It then re-checks
/// everyone's free/busy, answers a conflict with fresh times, and otherwise books one meeting for every attendee.
/// The calendar's idempotency key is the request's key, so a retry books nothing new.
/// </summary>
public sealed class CoachingBooking(
    CaseCoachDbContext db, ICalendarProvider calendar, CoachingSlots slots, CoachingCards cards, CoachingMessages messages,
    ITextRenderer texts, TimeProvider time, ILogger<CoachingBooking> logger)
{
    /// <summary>Long enough for a slow calendar call; a claim left by a crashed instance frees itself after this.</summary>
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);

    public static readonly InvokeResponse CalendarDown = InvokeResponse.Error(503, "ServiceUnavailable",
        "I couldn't reach the calendar just now, so nothing was booked. Please try again in a minute.");

    public async Task<InvokeResponse> BookAsync(
        CoachingInHand inHand, string claimToken, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var (actor, request, who) = inHand;
        if (!await ClaimAsync(request, claimToken, start, end, cancellationToken)) return await AsItStandsAsync(inHand, cancellationToken);

        var free = await slots.IsFreeAsync(who, start, end, cancellationToken);
        if (free is CalendarResult<bool>.Done { Value: false })
        {
            Log.Conflict(logger, request.Id);
            await ReleaseAsync(request, claimToken, cancellationToken);
            return await OfferAgainAsync(inHand, "That time was just taken in someone's calendar, so here are fresh times.", cancellationToken);
        }

        var booking = Booking(request, who, start, end);
        if (free is not CalendarResult<bool>.Done
            || await calendar.CreateEventAsync(booking, cancellationToken) is not CalendarResult<CalendarEvent>.Done { Value: var booked })
        {
            await ReleaseAsync(request, claimToken, cancellationToken);
            return CalendarDown;
        }

        var now = time.GetUtcNow();
        request.Book(start, end, booked.EventId, actor.AadObjectId, now);
        var window = CoachingWindow.For(who.Calendar, Instant.FromDateTimeOffset(who.CompletedAt), who.Review.SafetyConcern);
        db.Set<CoachingSession>().Add(CoachingSession.Booked(request, who.CompletedAt, window.End.ToDateTimeOffset(), now));
        db.AuditEntries.Add(AuditEntry.Record(actor.AadObjectId, "coaching.booked", "CoachingRequest", request.Key, now, new { start, end }));
        if (booked.InvitationIcs is { } ics)
            messages.EmailInvitation(who, ics, $"coaching-invitation:{request.Key}", booking.Subject, start);
        var card = cards.Poll(request, who);
        await messages.UpdatePollsAsync(request, card, cancellationToken);
        Log.Booked(logger, request.Id);
        return InvokeResponse.Card(card);
    }

    /// <summary>
    /// The request as it stands in the database: booked, being booked by another pick (shown for the time it claimed),
    /// or open again.
    /// </summary>
    public async Task<InvokeResponse> AsItStandsAsync(CoachingInHand inHand, CancellationToken cancellationToken)
    {
        var current = await db.Set<CoachingRequest>().AsNoTracking().SingleAsync(r => r.Id == inHand.Request.Id, cancellationToken);
        return InvokeResponse.Card(current.IsClaimedByOther("", time.GetUtcNow())
            ? cards.BeingBooked(current, inHand.Who)
            : cards.Poll(current, inHand.Who, current.IsOpen ? "Someone else was just booking this session; here are the current times." : ""));
    }

    /// <summary>The card as the request stands, with no notice: what a refresh shows.</summary>
    public async Task<InvokeResponse> CurrentAsync(CoachingInHand inHand, CancellationToken cancellationToken)
    {
        var current = await db.Set<CoachingRequest>().AsNoTracking().SingleAsync(r => r.Id == inHand.Request.Id, cancellationToken);
        return InvokeResponse.Card(current.IsClaimedByOther("", time.GetUtcNow()) ? cards.BeingBooked(current, inHand.Who) : cards.Poll(current, inHand.Who));
    }

    /// <summary>Fresh times (in the current window, or a wider one), shown to the clicker and in every poll card.</summary>
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

    /// <summary>A set-based claim, committed at once on purpose: it is the lock that keeps a second pick off the calendar.</summary>
    private async Task<bool> ClaimAsync(CoachingRequest request, string token, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + ClaimFor;
        var claimed = await db.Set<CoachingRequest>()
            .Where(r => r.Id == request.Id && r.Status == CoachingRequestStatus.Open
                && (r.ClaimToken == null || r.ClaimToken == token || r.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(r => r.ClaimToken, token)
                .SetProperty(r => r.ClaimedUntil, until)
                .SetProperty(r => r.ClaimedStart, start)
                .SetProperty(r => r.ClaimedEnd, end), cancellationToken);
        return claimed == 1;
    }

    private Task ReleaseAsync(CoachingRequest request, string token, CancellationToken cancellationToken) =>
        db.Set<CoachingRequest>().Where(r => r.Id == request.Id && r.ClaimToken == token)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimToken, (string?)null).SetProperty(r => r.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);

    /// <summary>The subject names the case number only: calendar titles show on lock screens and in gateway logs.</summary>
    private BookingRequest Booking(CoachingRequest request, CoachingParticipants who, DateTimeOffset start, DateTimeOffset end)
    {
        var caseName = System.Net.WebUtility.HtmlEncode(who.Review.Case.Name);
        var attendees = who.Distinct.Select(a => new BookingAttendee(a.Person.Email, a.Person.Name, a.Role.IsRequiredAtCoaching())).ToList();
        return new BookingRequest(request.Key, texts.Render(new CoachingInvitationSubject(who.Review.Case.ExternalCaseId, who.Review.Case.Name)),
            $"<p>Thanks for making the time! We'll talk through a couple of questions about {caseName}: strengths first, then a plan together.</p>",
            Instant.FromDateTimeOffset(start), Instant.FromDateTimeOffset(end), attendees);
    }
}

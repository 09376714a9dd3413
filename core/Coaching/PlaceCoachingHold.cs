using CaseCoach.Core.Application;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Scheduling;
using Microsoft.Extensions.Options;
using NodaTime;

namespace CaseCoach.Core.Coaching;

public sealed record PlaceCoachingHoldCommand(long ReviewId, DateTimeOffset Now);

/// <summary>
/// R10: the tentative coaching hold for a started review in a jurisdiction that asks for one, a set number of business
/// days after the due date at 10:00. A calendar that cannot answer is refused <c>Unavailable</c> (tried on the next
/// run). The caller commits; one hold per review, and the calendar key is the review's, so a retry books nothing new.
/// </summary>
public sealed class PlaceCoachingHold(ICalendarProvider calendar, ICoachingWording wording, IMailer mailer, IOptions<CoachingOptions> options, CaseCoachDbContext db)
{
    public async Task<Result<CoachingHold>> HandleAsync(PlaceCoachingHoldCommand command, CancellationToken cancellationToken)
    {
        if (await CoachingHoldWork.LoadReviewAsync(db, command.ReviewId, cancellationToken) is not { } review) return CoachingWork.NotYours;
        var zone = DateTimeZoneProviders.Tzdb[review.Jurisdiction.TimeZone];
        var businessDays = new BusinessCalendar(zone, review.Jurisdiction.Holidays.Select(LocalDate.FromDateOnly));
        var day = businessDays.AddBusinessDays(LocalDate.FromDateOnly(review.DueOn), options.Value.HoldBusinessDaysAfterDue);
        var start = day.At(new LocalTime(10, 0)).InZoneLeniently(zone).ToInstant();
        var end = start + Duration.FromMinutes(options.Value.SessionMinutes);
        var people = CoachingHoldWork.People(review);
        var booking = new BookingRequest($"coaching-hold:{review.Key}", wording.HoldTitle(review), wording.HoldBody(review),
            start, end, people.Select(p => new BookingAttendee(p.Address, p.Name, false)).ToList());
        if (await calendar.CreateEventAsync(booking, cancellationToken) is not CalendarResult<CalendarEvent>.Done { Value: var placed })
            return CoachingWork.CalendarDown;

        var hold = CoachingHold.Placed(review.Id, placed.EventId, start.ToDateTimeOffset(), end.ToDateTimeOffset(), command.Now);
        db.Set<CoachingHold>().Add(hold);
        review.CoachingHoldPlaced(start.ToDateTimeOffset());
        if (placed.InvitationIcs is { } ics)
            await mailer.SendAsync(new CoachingHoldMail(review, start.ToDateTimeOffset(), zone, people, ics), cancellationToken);
        return Result<CoachingHold>.Done(hold);
    }
}

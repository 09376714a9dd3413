using CaseCoach.Cards.Coaching;
using CaseCoach.Cards.Text;
using CaseCoach.Core.Audit;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using CaseCoach.Core.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>
/// R10: places the tentative coaching hold for a started review in a jurisdiction that asks for one, and cancels it
/// when the review needs no coaching or the real session is booked. Each review commits on its own; a calendar that
/// cannot answer is tried again on the next run. Safe on two instances: one hold per review, same calendar key.
/// </summary>
public sealed class CoachingHoldSweep(
    CaseCoachDbContext db, ICalendarProvider calendar, CoachingMessages messages, IOptions<CoachingOptions> options, ITextRenderer texts,
    TimeProvider time, ILogger<CoachingHoldSweep> logger) : ISweep
{
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var holds = db.Set<CoachingHold>();
        var toPlace = await db.Reviews
            .Where(r => r.CoachingHoldRequested && r.StartedAt != null && r.Decision == null && !holds.Any(h => h.ReviewId == r.Id))
            .Select(r => r.Id).ToListAsync(cancellationToken);
        var booked = db.Set<CoachingRequest>().Where(c => c.Status == CoachingRequestStatus.Booked).Select(c => c.ReviewId);
        var toCancel = await holds
            .Where(h => h.CancelledAt == null && db.Reviews.Any(r => r.Id == h.ReviewId
                && (r.Decision == ReviewDecision.NoCoachingNeeded || booked.Contains(r.Id))))
            .Select(h => h.Id).ToListAsync(cancellationToken);

        foreach (var reviewId in toPlace)
        {
            await PlaceAsync(reviewId, cancellationToken);
            db.ChangeTracker.Clear();
        }

        foreach (var holdId in toCancel)
        {
            await CancelAsync(holdId, cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private async Task PlaceAsync(long reviewId, CancellationToken cancellationToken)
    {
        var review = await LoadAsync(reviewId, cancellationToken);
        var zone = DateTimeZoneProviders.Tzdb[review.Jurisdiction.TimeZone];
        var businessDays = new BusinessCalendar(zone, review.Jurisdiction.Holidays.Select(LocalDate.FromDateOnly));
        var day = businessDays.AddBusinessDays(LocalDate.FromDateOnly(review.DueOn), options.Value.HoldBusinessDaysAfterDue);
        var start = day.At(new LocalTime(10, 0)).InZoneLeniently(zone).ToInstant();
        var end = start + Duration.FromMinutes(options.Value.SessionMinutes);
        var people = People(review);
        // Titles name the case number only: they show on lock screens and in mail gateway logs.
        var subject = texts.Render(new CoachingHoldTitle(review.Case.ExternalCaseId, review.Case.Name));
        var booking = new BookingRequest($"coaching-hold:{review.Key}", subject,
            "<p>A placeholder in case a coaching conversation helps after the review. We'll confirm or release it soon.</p>",
            start, end, people.Select(p => new BookingAttendee(p.Email, p.Name, false)).ToList());
        if (await calendar.CreateEventAsync(booking, cancellationToken) is not CalendarResult<CalendarEvent>.Done { Value: var placed })
        {
            Log.Hold(logger, reviewId, "waits for the calendar");
            return;
        }

        var now = time.GetUtcNow();
        db.Set<CoachingHold>().Add(CoachingHold.Placed(review.Id, placed.EventId, start.ToDateTimeOffset(), end.ToDateTimeOffset(), now));
        db.AuditEntries.Add(AuditEntry.Record(AuditEntry.SystemActor, "coaching.holdPlaced", "Review", review.Key, now, new { start = start.ToDateTimeOffset() }));
        if (placed.InvitationIcs is { } ics)
            messages.EmailCalendar(people, ics, $"coaching-hold:{review.Key}", subject,
                texts.Render(new CoachingHoldBody(review.Case.ExternalCaseId, review.Case.Name, CoachingMessages.Describe(start.ToDateTimeOffset(), zone))));
        if (await SaveAsync(cancellationToken)) Log.Hold(logger, reviewId, "placed");
    }

    private async Task CancelAsync(long holdId, CancellationToken cancellationToken)
    {
        var hold = await db.Set<CoachingHold>().SingleAsync(h => h.Id == holdId, cancellationToken);
        var review = await LoadAsync(hold.ReviewId, cancellationToken);
        var notNeeded = review.Decision == ReviewDecision.NoCoachingNeeded;
        var comment = notNeeded ? "Good news: no coaching is needed for this case, so this hold is released." : "The coaching session has been booked; this hold is released.";
        if (await calendar.CancelEventAsync(hold.EventId, comment, cancellationToken) is not CalendarResult<CalendarEvent>.Done { Value: var cancelled })
        {
            Log.Hold(logger, review.Id, "cancellation waits for the calendar");
            return;
        }

        var now = time.GetUtcNow();
        if (!hold.Cancel(now)) return;
        db.AuditEntries.Add(AuditEntry.Record(AuditEntry.SystemActor, "coaching.holdCancelled", "Review", review.Key, now, new { notNeeded }));
        if (cancelled.InvitationIcs is { } ics)
            messages.EmailCalendar(People(review), ics, $"coaching-hold-cancelled:{review.Key}", 
                texts.Render(new CoachingHoldReleasedTitle(review.Case.ExternalCaseId, review.Case.Name)), comment);
        if (await SaveAsync(cancellationToken)) Log.Hold(logger, review.Id, "cancelled");
    }

    private Task<Review> LoadAsync(long reviewId, CancellationToken cancellationToken) => db.Reviews
        .Include(r => r.Reviewer).Include(r => r.Jurisdiction)
        .Include(r => r.Case).ThenInclude(c => c.Caseworker)
        .Include(r => r.Case).ThenInclude(c => c.Supervisor)
        .AsSplitQuery()
        .SingleAsync(r => r.Id == reviewId, cancellationToken);

    /// <summary>R11: the hold is for the reviewer, the caseworker and the caseworker's supervisor; never leadership.</summary>
    private static List<Person> People(Review review) => [review.Reviewer, review.Case.Caseworker, review.Case.Supervisor];

    private async Task<bool> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(ct => db.SaveChangesAsync(ct), cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            Log.Hold(logger, 0, "was handled by another instance");
            return false;
        }
    }
}

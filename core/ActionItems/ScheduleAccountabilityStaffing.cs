using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.ActionItems;

public sealed record ScheduleStaffingCommand(Person? Actor, Guid? StaffingId, DateTimeOffset Now);

/// <summary>
/// `actionItems.scheduleStaffing` (R22): a director books the accountability staffing for the next business morning
/// with both directors, the caseworker, the supervisor and the reviewer, once only; every director's card then shows
/// the booking. A second click shows the booked card. The booking leaves through the <see cref="IEventBooker"/> port.
/// </summary>
public sealed class ScheduleAccountabilityStaffing(
    CaseCoachDbContext db, ActionItemWork work, ActionItemCalendar calendar, EscalationRecipients recipients, INotifier notifier, IEventBooker booker)
{
    public static readonly Refusal Gone = new(RefusalCode.NotFound, "staffing-gone");
    public static readonly Refusal DirectorsOnly = new(RefusalCode.NotAllowed, "staffing-directors-only");

    /// <summary>R21: "an accountability staffing ... will be scheduled for the next day"; a 45-minute meeting at 10:00.</summary>
    private static readonly NodaTime.LocalTime StartTime = new(10, 0);
    private static readonly TimeSpan Length = TimeSpan.FromMinutes(45);

    public async Task<Result<EscalationCopy>> HandleAsync(ScheduleStaffingCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.StaffingId is not { } id
            || await db.Set<AccountabilityStaffing>().SingleOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } staffing)
            return Gone;
        if (command.Actor is not { } actor || !ActionItemRoles.CanScheduleStaffing(actor)) return DirectorsOnly;

        var firstItem = await db.Set<ActionItem>().AsNoTracking().FirstAsync(i => staffing.ActionItemIds.Contains(i.Id), cancellationToken);
        var checklist = (await work.LoadAsync(firstItem.CoachingRecordId, cancellationToken))!;
        var clock = await calendar.ClockAsync(command.Now, cancellationToken);
        var repeat = await RepeatStaffing.OfAsync(db, staffing, cancellationToken);
        var unit = (await db.Units.AsNoTracking().SingleAsync(u => u.Id == checklist.Case.UnitId, cancellationToken)).Name;
        EscalationCopy CopyFor(Person viewer) => new(viewer, staffing, checklist, unit, repeat, clock);
        if (staffing.ScheduledAt is not null) return Result<EscalationCopy>.Done(CopyFor(actor));

        var day = clock.Calendar.NextBusinessDay(NodaTime.LocalDate.FromDateOnly(clock.Today));
        var start = day.At(StartTime).InZoneLeniently(clock.Calendar.Zone).ToDateTimeOffset();
        db.Add(staffing.Schedule(actor, start, clock.Now));

        var directors = await recipients.DirectorsAsync(checklist, cancellationToken);
        var attendees = directors.Concat([checklist.Caseworker, checklist.Supervisor, checklist.Reviewer]).DistinctBy(p => p.Id)
            .Select(p => new BookingAttendee(p.Email, p.Name, Required: true)).ToList();
        var items = checklist.Items.Where(i => staffing.ActionItemIds.Contains(i.Id)).Select(i => i.Description).ToList();
        var booking = new StaffingBooking($"staffing-{staffing.Id:N}", checklist.Case.ExternalCaseId, checklist.Case.Name, items, start, start + Length, attendees);
        booker.Book(new Cause("staffing", $"{staffing.Id:N}"), booking);
        foreach (var director in directors)
            await notifier.UpdateDeliveredAsync(CopyFor(director), cancellationToken);
        return Result<EscalationCopy>.Done(CopyFor(actor));
    }
}

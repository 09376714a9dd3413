using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Audit;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// `actionItems.scheduleStaffing`: a director books the accountability staffing (R22) for the next business morning
/// through the calendar provider, with both directors, the caseworker, the supervisor and the reviewer. Once only.
/// </summary>
public sealed class ScheduleStaffingAction(
    CaseCoachDbContext db, ActionItemsContext context, ChecklistCards checklists, Escalations escalations, OutboxWriter outbox)
    : ICardActionHandler
{
    /// <summary>R21: "an accountability staffing ... will be scheduled for the next day"; a 45-minute meeting at 10:00.</summary>
    private static readonly NodaTime.LocalTime StartTime = new(10, 0);
    private static readonly TimeSpan Length = TimeSpan.FromMinutes(45);

    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(turn.DataString("staffingId"), out var staffingId)
            || await db.Set<AccountabilityStaffing>().SingleOrDefaultAsync(s => s.Id == staffingId, cancellationToken) is not { } staffing)
            return InvokeResponse.Error(404, "NotFound", "I can't find that escalation any more.");
        if (await db.People.SingleOrDefaultAsync(p => p.AadObjectId == turn.UserAadObjectId, cancellationToken) is not { } actor
            || !ActionItemRoles.CanScheduleStaffing(actor))
            return InvokeResponse.Error(403, "Forbidden", "Only the director of quality or the program director can schedule an accountability staffing.");

        var firstItem = await db.Set<ActionItem>().AsNoTracking().FirstAsync(i => staffing.ActionItemIds.Contains(i.Id), cancellationToken);
        var checklist = (await checklists.LoadAsync(firstItem.CoachingRecordId, cancellationToken))!;
        var warning = await escalations.RepeatWarningAsync(staffing, cancellationToken);
        if (staffing.ScheduledAt is not null)
            return InvokeResponse.Card(await escalations.RenderAsync(staffing, checklist, actor, warning, cancellationToken));

        var clock = await context.ClockAsync(cancellationToken);
        var day = clock.Calendar.NextBusinessDay(NodaTime.LocalDate.FromDateOnly(clock.Today));
        var start = day.At(StartTime).InZoneLeniently(clock.Calendar.Zone).ToDateTimeOffset();
        db.Add(staffing.Schedule(actor.Id, start, clock.Now));
        db.AuditEntries.Add(AuditEntry.Record(actor.AadObjectId, turn.Verb, nameof(AccountabilityStaffing), staffing.Id.ToString(), clock.Now,
            new { startsAt = start }));

        var directors = await escalations.DirectorsAsync(checklist, cancellationToken);
        var attendees = directors.Concat([checklist.Caseworker, checklist.Supervisor, checklist.Reviewer]).DistinctBy(p => p.Id)
            .Select(p => new BookingAttendee(p.Email, p.Name, Required: true)).ToList();
        var items = checklist.Items.Where(i => staffing.ActionItemIds.Contains(i.Id)).Select(i => i.Description).ToList();
        var text = $"Accountability staffing for {checklist.Case.Name}: the barriers, the cause of the delay and a plan to prevent it happening again. "
            + $"Overdue: {string.Join("; ", items)}.";
        outbox.Enqueue(StaffingBookingDeliverer.StaffingKind, $"staffing:{staffing.Id:N}", new StaffingBookingPayload(
            $"staffing-{staffing.Id:N}", $"Accountability staffing: case {checklist.Case.ExternalCaseId}",
            "<p>" + System.Net.WebUtility.HtmlEncode(text) + "</p>", text, start, start + Length, attendees));
        await escalations.UpdateCardsAsync(staffing, checklist, warning, cancellationToken);
        return InvokeResponse.Card(await escalations.RenderAsync(staffing, checklist, actor, warning, cancellationToken));
    }
}

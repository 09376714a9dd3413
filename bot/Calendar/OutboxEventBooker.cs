using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Application;
using CaseCoach.Core.Outbox;

namespace CaseCoach.Bot.Calendar;

/// <summary>Port <see cref="IEventBooker"/>: one outbox row per staffing, delivered by <see cref="StaffingBookingDeliverer"/>.</summary>
internal sealed class OutboxEventBooker(OutboxWriter outbox) : IEventBooker
{
    public void Book(Cause cause, StaffingBooking booking)
    {
        ArgumentNullException.ThrowIfNull(cause);
        outbox.Enqueue(StaffingBooking.Kind, cause.ToString(), booking);
    }
}

using CaseCoach.Core.ActionItems;

namespace CaseCoach.Core.Application;

/// <summary>
/// Port: book a meeting on everyone's calendar after the turn commits (the accountability staffing, R22). The bot
/// writes it to the outbox in the same transaction; its deliverer books it once (the booking's idempotency key).
/// </summary>
public interface IEventBooker
{
    /// <param name="cause">Names the booking once: the same cause is booked once however often the step repeats.</param>
    void Book(Cause cause, StaffingBooking booking);
}

using CaseCoach.Core.Application;
using CaseCoach.Core.Scheduling;

namespace CaseCoach.Core.Coaching;

/// <summary>
/// Fresh times for an open request (in its current window, or a wider one), shown to the clicker and in every
/// delivered copy of the poll card (R14).
/// </summary>
public sealed class CoachingOffers(CoachingSlots slots, INotifier notifier)
{
    public async Task<Result<CoachingView>> OfferAsync(CoachingInHand inHand, CoachingNote note, bool wider, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (_, request, who) = inHand;
        var search = wider ? await slots.WiderAsync(who, request, cancellationToken) : await slots.AgainAsync(who, request, cancellationToken);
        if (search is not CalendarResult<CoachingSlotsFound>.Done { Value: var found }) return CoachingWork.CalendarDown;
        request.Offer(found.Slots, found.WindowEnd, now);
        var view = new CoachingView(request, who, note);
        await notifier.UpdateDeliveredAsync(new CoachingPollNotice(who.Supervisor, view), cancellationToken);
        return Result<CoachingView>.Done(view);
    }
}

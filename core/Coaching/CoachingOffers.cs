using CaseCoach.Core.Application;
using CaseCoach.Core.Scheduling;

namespace CaseCoach.Core.Coaching;

/// <summary>
/// Fresh times for an open request (in its current window, or a wider one), shown to the clicker and in every
/// delivered copy of the poll card (R14).
/// </summary>
public sealed class CoachingOffers(CoachingSlots slots, CoachingPollCopies polls)
{
    public async Task<Result<CoachingView>> OfferAsync(CoachingInHand inHand, CoachingNote note, bool wider, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (_, request, who) = inHand;
        var search = wider ? await slots.WiderAsync(who, request, cancellationToken) : await slots.AgainAsync(who, request, cancellationToken);
        if (search is not CalendarResult<CoachingSlotsFound>.Done { Value: var found }) return CoachingWork.CalendarDown;
        request.Offer(found.Slots, found.WindowEnd, now);
        // New times have new slot ids: no marks yet.
        var view = new CoachingView(request, who, note);
        await polls.UpdateAsync(view, cancellationToken);
        return Result<CoachingView>.Done(view.For(inHand.Actor));
    }
}

using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>
/// `coaching.pick` {requestId, slotId} (R14): books the picked time after re-checking everyone's calendar. A pick
/// from a card whose times were replaced shows the current times; a pick after the booking shows the booked time.
/// </summary>
public sealed class PickSlotAction(CoachingAccess access, CoachingBooking booking) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var (inHand, refusal) = await access.ForSchedulerAsync(turn, cancellationToken);
        if (inHand is null) return refusal!;
        var picked = inHand.Request.FindSlot(turn.DataString("slotId"));
        if (!inHand.Request.IsOpen) return await booking.AsItStandsAsync(inHand, cancellationToken);
        if (picked is null)
            return await booking.OfferAgainAsync(inHand, "The times on that card have changed; here are the current ones.", cancellationToken);
        return await booking.BookAsync(inHand, ClaimToken.Of(turn), picked.Start, picked.End, cancellationToken);
    }
}

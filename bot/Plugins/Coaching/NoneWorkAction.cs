using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>`coaching.noneWork` {requestId} (R14): looks further ahead and offers times not shown before.</summary>
public sealed class NoneWorkAction(CoachingAccess access, CoachingBooking booking) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var (inHand, refusal) = await access.ForSchedulerAsync(turn, cancellationToken);
        if (inHand is null) return refusal!;
        if (!inHand.Request.IsOpen) return await booking.AsItStandsAsync(inHand, cancellationToken);
        return await booking.OfferAgainAsync(inHand,
            "No problem! Here are times a little further out. You can also suggest a time that suits you.", cancellationToken, wider: true);
    }
}

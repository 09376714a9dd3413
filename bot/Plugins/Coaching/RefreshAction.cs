using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>
/// `coaching.refresh` {requestId}: the card's refresh action. Outlook runs it when the email is opened, so an email
/// read after the booking (or after new times) shows the current state instead of the times first offered.
/// </summary>
public sealed class RefreshAction(CoachingAccess access, CoachingBooking booking) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var (inHand, refusal) = await access.ForAttendeeAsync(turn, cancellationToken);
        return inHand is null ? refusal! : await booking.CurrentAsync(inHand, cancellationToken);
    }
}

using System.Globalization;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>
/// `coaching.proposeTime` {requestId} + proposedDate (yyyy-MM-dd) and proposedTime (HH:mm), read in the proposer's
/// own time zone: booked when everyone is free then, otherwise answered with fresh times.
/// </summary>
public sealed class ProposeTimeAction(CoachingAccess access, CoachingBooking booking, IOptions<CoachingOptions> options, TimeProvider time)
    : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var (inHand, refusal) = await access.ForSchedulerAsync(turn, cancellationToken);
        if (inHand is null) return refusal!;
        if (!inHand.Request.IsOpen) return await booking.AsItStandsAsync(inHand, cancellationToken);

        var date = LocalDatePattern.Iso.Parse(turn.DataString("proposedDate") ?? "");
        var clock = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(turn.DataString("proposedTime") ?? "");
        if (!date.Success || !clock.Success)
            return InvokeResponse.Error(400, "BadRequest", "Please choose both a day and a time, then press Suggest this time.");
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(inHand.Actor.TimeZone) ?? inHand.Who.Zone;
        var start = date.Value.At(clock.Value).InZoneLeniently(zone).ToDateTimeOffset();
        if (start <= time.GetUtcNow())
            return InvokeResponse.Error(400, "BadRequest", "That time has already passed; please suggest one that is still ahead.");
        return await booking.BookAsync(inHand, ClaimToken.Of(turn), start, start.AddMinutes(options.Value.SessionMinutes), cancellationToken);
    }
}

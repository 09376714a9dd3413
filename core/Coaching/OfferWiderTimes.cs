using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Coaching;

public sealed record OfferWiderTimesCommand(Person? Actor, string? RequestKey, DateTimeOffset Now);

/// <summary>`coaching.noneWork` (R14): looks further ahead and offers times not shown before.</summary>
public sealed class OfferWiderTimes(CoachingWork work, CoachingOffers offers, ShowCoachingRequest show)
{
    public async Task<Result<CoachingView>> HandleAsync(OfferWiderTimesCommand command, CancellationToken cancellationToken)
    {
        var inHand = await work.ForSchedulerAsync(command.Actor, command.RequestKey, cancellationToken);
        if (inHand.Value is not { } found) return inHand.Refusal!;
        if (!found.Request.IsOpen)
            return Result<CoachingView>.Done(await show.AsItStandsAsync(found, command.Now, CoachingNote.SomeoneElseBooking, cancellationToken));
        return await offers.OfferAsync(found, CoachingNote.FurtherOut, wider: true, command.Now, cancellationToken);
    }
}

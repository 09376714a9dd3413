using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>The staffing button's data: the staffing's id, as the escalation card carries it.</summary>
public sealed record StaffingRef(string? StaffingId)
{
    public Guid? Id => Guid.TryParse(StaffingId, out var id) ? id : null;
}

/// <summary>`actionItems.scheduleStaffing` adapter: <see cref="ScheduleAccountabilityStaffing"/>, then the director's card.</summary>
public sealed class ScheduleStaffingAction(
    ScheduleAccountabilityStaffing schedule, TurnActor actor, ActionItemCards cards, RefusalResponses refusals) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var command = new ScheduleStaffingCommand(await actor.PersonAsync(turn, cancellationToken), turn.DataAs<StaffingRef>()?.Id, actor.Now);
        return refusals.Answer(await schedule.HandleAsync(command, cancellationToken), turn.Verb, cards.Show);
    }
}

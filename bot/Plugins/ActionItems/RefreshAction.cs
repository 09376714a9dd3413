using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>The refresh's data: the coaching record the checklist belongs to.</summary>
public sealed record ChecklistRef(string? CoachingRecordId);

/// <summary>`actionItems.refresh` adapter: <see cref="ShowChecklist"/>, the opener's own view of the checklist.</summary>
public sealed class RefreshAction(ShowChecklist show, TurnActor actor, ActionItemCards cards, RefusalResponses refusals) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var command = new ShowChecklistCommand(await actor.PersonAsync(turn, cancellationToken), turn.DataAs<ChecklistRef>()?.CoachingRecordId, actor.Now);
        return refusals.Answer(await show.HandleAsync(command, cancellationToken), turn.Verb, cards.Show);
    }
}

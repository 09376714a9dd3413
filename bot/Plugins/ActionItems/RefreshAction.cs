using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.Application;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>`actionItems.refresh`: the client asks for the opener's own view of the checklist (refresh.userIds).</summary>
public sealed class RefreshAction(TurnActor actor, ChecklistCards checklists, RefusalResponses refusals) : ICardActionHandler
{
    public static readonly Refusal Gone = new(RefusalCode.NotFound, "checklist-gone");
    public static readonly Refusal NotYours = new(RefusalCode.NotAllowed, "checklist-not-yours");

    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(turn.DataAs<ChecklistRef>()?.CoachingRecordId, out var recordId)
            || await checklists.LoadAsync(recordId, cancellationToken) is not { } checklist)
            return refusals.For(Gone, turn.Verb);
        if (await actor.PersonAsync(turn, cancellationToken) is not { } viewer || !checklist.MayView(viewer))
            return refusals.For(NotYours, turn.Verb);
        return InvokeResponse.Card(await checklists.RenderAsync(checklist, viewer, actor.Now, cancellationToken));
    }
}

/// <summary>The refresh's data: the coaching record the checklist belongs to.</summary>
public sealed record ChecklistRef(string? CoachingRecordId);

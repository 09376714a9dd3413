using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Cards;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// The checklist row's buttons (R18, R19): `actionItems.reportDone`, `.reportBarrier`, `.verify`, `.sendBack` and
/// `.extend` share one adapter, since each only reads the row's data, runs its step in core with the clicker and "now",
/// and answers with the clicker's new view of the checklist (or the refusal). Who may take which step is the step's.
/// </summary>
public sealed class ItemStepAction(
    ReportItemDone done, ReportBarrier barrier, VerifyItem verify, SendBackItem sendBack, ExtendDueDate extend,
    TurnActor actor, ActionItemCards cards, RefusalResponses refusals) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        var (data, now, who) = (turn.DataAs<ActionItemData>(), actor.Now, await actor.PersonAsync(turn, cancellationToken));
        var item = data?.ItemId;
        var result = turn.Verb switch
        {
            CardVerbs.ActionItemsReportDone => await done.HandleAsync(new(who, item, now), cancellationToken),
            CardVerbs.ActionItemsReportBarrier => await barrier.HandleAsync(new(who, item, data?.Input("barrier"), now), cancellationToken),
            CardVerbs.ActionItemsVerify => await verify.HandleAsync(new(who, item, now), cancellationToken),
            CardVerbs.ActionItemsSendBack => await sendBack.HandleAsync(new(who, item, data?.Input("sendBackReason"), now), cancellationToken),
            CardVerbs.ActionItemsExtend => await extend.HandleAsync(new(who, item, data?.DateInput("newDueDate"), now), cancellationToken),
            _ => throw new InvalidOperationException($"ItemStepAction is registered for a verb it does not take: {turn.Verb}."),
        };
        return refusals.Answer(result, turn.Verb, cards.Show);
    }
}

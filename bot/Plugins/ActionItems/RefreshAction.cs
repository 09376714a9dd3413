using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>`actionItems.refresh`: the client asks for the opener's own view of the checklist (refresh.userIds).</summary>
public sealed class RefreshAction(CaseCoachDbContext db, ChecklistCards checklists, TimeProvider time) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(turn.DataString("coachingRecordId"), out var recordId)
            || await checklists.LoadAsync(recordId, cancellationToken) is not { } checklist)
            return InvokeResponse.Error(404, "NotFound", "These action items are no longer available.");
        if (await db.People.SingleOrDefaultAsync(p => p.AadObjectId == turn.UserAadObjectId, cancellationToken) is not { } viewer
            || !checklist.MayView(viewer))
            return InvokeResponse.Error(403, "Forbidden", "This checklist is only for the people working on the case.");
        return InvokeResponse.Card(await checklists.RenderAsync(checklist, viewer, time.GetUtcNow(), cancellationToken));
    }
}

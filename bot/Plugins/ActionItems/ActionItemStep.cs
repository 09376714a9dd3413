using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Audit;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// One button on an action item: finds the item named in the data and the person from the authenticated activity,
/// checks their role (403 and nothing changes), applies the rule method (a refusal changes nothing), records the
/// fidelity event and audit entry, replaces every copy of the card and answers with the clicker's new view.
/// </summary>
public abstract class ActionItemStep(CaseCoachDbContext db, ChecklistCards checklists, ActionItemsContext context, TimeProvider time, ILogger logger)
    : ICardActionHandler
{
    /// <summary>True for the reviewer's steps (verify, send back, extend); false for the caseworker's (report).</summary>
    protected abstract bool IsReviewerStep { get; }

    protected abstract FidelityEvent Apply(ActionItem item, Person actor, CardActionTurn turn, ActionItemClock clock);

    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(turn.DataString("actionItemId"), out var itemId)
            || await db.Set<ActionItem>().SingleOrDefaultAsync(i => i.Id == itemId, cancellationToken) is not { } item)
            return InvokeResponse.Error(404, "NotFound", "I can't find that action item any more. Type **my tasks** to see your open items.");
        if (await db.People.SingleOrDefaultAsync(p => p.AadObjectId == turn.UserAadObjectId, cancellationToken) is not { } actor)
            return InvokeResponse.Error(403, "Forbidden", "You are not set up in CaseCoach yet; ask your administrator to add you.");

        var checklist = (await checklists.LoadAsync(item.CoachingRecordId, cancellationToken))!;
        item = checklist.Items.Single(i => i.Id == itemId);
        if (IsReviewerStep ? !ActionItemRoles.CanReview(actor, checklist.Record) : !ActionItemRoles.CanReport(actor, checklist.Case))
        {
            Log.StepRefused(logger, turn.Verb, "wrong role");
            return InvokeResponse.Error(403, "Forbidden", IsReviewerStep
                ? "Only the quality reviewer of this coaching session (or a QA supervisor) can verify, send back or extend its action items."
                : "Only the caseworker or supervisor on this case can report on its action items.");
        }

        var clock = await context.ClockAsync(cancellationToken);
        FidelityEvent done;
        try
        {
            done = Apply(item, actor, turn, clock);
        }
        catch (ActionItemRuleException refused)
        {
            Log.StepRefused(logger, turn.Verb, "rule");
            return InvokeResponse.Error(400, "Refused", refused.Message);
        }

        db.Add(done);
        db.AuditEntries.Add(AuditEntry.Record(actor.AadObjectId, turn.Verb, nameof(ActionItem), item.Id.ToString(), time.GetUtcNow(),
            new { status = item.Status.ToString(), dueOn = item.DueOn }));
        await checklists.UpdateEverywhereAsync(checklist, cancellationToken);
        Log.StepTaken(logger, turn.Verb, item.Status.ToString());
        return InvokeResponse.Card(await checklists.RenderAsync(checklist, actor, cancellationToken));
    }
}

public sealed class ReportDoneAction(CaseCoachDbContext db, ChecklistCards checklists, ActionItemsContext context, TimeProvider time, ILogger<ReportDoneAction> logger)
    : ActionItemStep(db, checklists, context, time, logger)
{
    protected override bool IsReviewerStep => false;

    protected override FidelityEvent Apply(ActionItem item, Person actor, CardActionTurn turn, ActionItemClock clock) =>
        item.ReportDone(actor.Id, clock.Now);
}

public sealed class ReportBarrierAction(CaseCoachDbContext db, ChecklistCards checklists, ActionItemsContext context, TimeProvider time, ILogger<ReportBarrierAction> logger)
    : ActionItemStep(db, checklists, context, time, logger)
{
    protected override bool IsReviewerStep => false;

    protected override FidelityEvent Apply(ActionItem item, Person actor, CardActionTurn turn, ActionItemClock clock) =>
        item.ReportBarrier(actor.Id, turn.DataString($"barrier-{item.Id}"), clock.Now);
}

public sealed class VerifyAction(CaseCoachDbContext db, ChecklistCards checklists, ActionItemsContext context, TimeProvider time, ILogger<VerifyAction> logger)
    : ActionItemStep(db, checklists, context, time, logger)
{
    protected override bool IsReviewerStep => true;

    protected override FidelityEvent Apply(ActionItem item, Person actor, CardActionTurn turn, ActionItemClock clock) =>
        item.Verify(actor.Id, clock.Now);
}

public sealed class SendBackAction(CaseCoachDbContext db, ChecklistCards checklists, ActionItemsContext context, TimeProvider time, ILogger<SendBackAction> logger)
    : ActionItemStep(db, checklists, context, time, logger)
{
    protected override bool IsReviewerStep => true;

    protected override FidelityEvent Apply(ActionItem item, Person actor, CardActionTurn turn, ActionItemClock clock) =>
        item.SendBack(actor.Id, turn.DataString($"sendBackReason-{item.Id}"), clock.Now);
}

public sealed class ExtendAction(CaseCoachDbContext db, ChecklistCards checklists, ActionItemsContext context, TimeProvider time, ILogger<ExtendAction> logger)
    : ActionItemStep(db, checklists, context, time, logger)
{
    protected override bool IsReviewerStep => true;

    /// <summary>R19; Input.Date sends yyyy-MM-dd.</summary>
    protected override FidelityEvent Apply(ActionItem item, Person actor, CardActionTurn turn, ActionItemClock clock) =>
        DateOnly.TryParseExact(turn.DataString($"newDueDate-{item.Id}"), "yyyy-MM-dd", out var newDueOn)
            ? item.ExtendDueDate(actor.Id, newDueOn, clock.Today, clock.Now)
            : throw new ActionItemRuleException("Pick the new due date in the date box above the button.");
}

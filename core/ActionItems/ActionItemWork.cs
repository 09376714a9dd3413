using CaseCoach.Core.Application;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.ActionItems;

/// <summary>Who takes a step on which item, and when: the part every step's command shares.</summary>
public abstract record ItemStep(Person? Actor, Guid? ActionItemId, DateTimeOffset Now);

/// <summary>An action item the acting person may take a step on, with its session's checklist and the clock.</summary>
public sealed record ItemInHand(Person Actor, Checklist Checklist, ActionItem Item, ActionItemClock Clock);

/// <summary>
/// Who may take which step on which action item (R18, R19). The actor comes from the turn (aadObjectId), the item id
/// from card data, so the id is re-authorised here. Refusals change nothing.
/// </summary>
public sealed class ActionItemWork(CaseCoachDbContext db, ActionItemCalendar calendar, INotifier notifier)
{
    public static readonly Refusal NotSetUp = new(RefusalCode.NotAllowed, "action-item-not-set-up");
    public static readonly Refusal Gone = new(RefusalCode.NotFound, "action-item-gone");
    public static readonly Refusal CaseTeamOnly = new(RefusalCode.NotAllowed, "action-item-case-team-only");
    public static readonly Refusal ReviewersOnly = new(RefusalCode.NotAllowed, "action-item-reviewers-only");

    /// <param name="reviewerStep">True for verify, send back and extend (the reviewer); false for reports (the case team).</param>
    public async Task<Result<ItemInHand>> ForStepAsync(Person? actor, Guid? itemId, bool reviewerStep, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (itemId is not { } id
            || await db.Set<ActionItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } found
            || await LoadAsync(found.CoachingRecordId, cancellationToken) is not { } checklist)
            return Gone;
        if (actor is null) return NotSetUp;
        if (reviewerStep ? !ActionItemRoles.CanReview(actor, checklist.Record) : !ActionItemRoles.CanReport(actor, checklist.Case))
            return reviewerStep ? ReviewersOnly : CaseTeamOnly;
        return Result<ItemInHand>.Done(new(actor, checklist, checklist.Items.Single(i => i.Id == id), await calendar.ClockAsync(now, cancellationToken)));
    }

    /// <summary>One step end to end: <see cref="ForStepAsync"/>, then <see cref="StepAsync"/>.</summary>
    public async Task<Result<ChecklistCopy>> TakeAsync(
        ItemStep request, bool reviewerStep, string action, Func<ItemInHand, FidelityEvent> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inHand = await ForStepAsync(request.Actor, request.ActionItemId, reviewerStep, request.Now, cancellationToken);
        return inHand.Value is { } found ? await StepAsync(found, action, step, cancellationToken) : inHand.Refusal!;
    }

    /// <summary>
    /// Applies one rule method: a refusal changes nothing; a step records its fidelity event (R24) and replaces every
    /// delivered copy of the checklist with each viewer's new view.
    /// </summary>
    public async Task<Result<ChecklistCopy>> StepAsync(ItemInHand inHand, string action, Func<ItemInHand, FidelityEvent> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inHand);
        ArgumentNullException.ThrowIfNull(step);
        FidelityEvent done;
        try { done = step(inHand); }
        catch (ActionItemRuleException refused) { return new Refusal(RefusalCode.Invalid, refused.Reason); }
        db.Add(done);
        inHand.Item.StepTaken(inHand.Actor.AadObjectId, action);
        foreach (var viewer in inHand.Checklist.Viewers)
            await notifier.UpdateDeliveredAsync(new ChecklistCopy(viewer, inHand.Checklist, inHand.Clock), cancellationToken);
        return Result<ChecklistCopy>.Done(new(inHand.Actor, inHand.Checklist, inHand.Clock));
    }

    public async Task<Checklist?> LoadAsync(Guid coachingRecordId, CancellationToken cancellationToken)
    {
        if (await db.Set<CoachingRecord>().SingleOrDefaultAsync(r => r.Id == coachingRecordId, cancellationToken) is not { } record)
            return null;
        var @case = await db.Cases.SingleAsync(c => c.Id == record.CaseId, cancellationToken);
        var items = await db.Set<ActionItem>().Where(i => i.CoachingRecordId == coachingRecordId).ToListAsync(cancellationToken);
        return await WithPeopleAsync(record, @case, InChecklistOrder(items), cancellationToken);
    }

    /// <summary>
    /// Many sessions' checklists in four statements per chunk of <see cref="InChunks.Size"/> (the sweep's batch), untracked:
    /// for reading and rendering, not for a step. A session missing from the result is gone.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, Checklist>> LoadManyAsync(IReadOnlyCollection<Guid> coachingRecordIds, CancellationToken cancellationToken)
    {
        var records = await InChunks.LoadAsync(coachingRecordIds, (chunk, ct) =>
            db.Set<CoachingRecord>().AsNoTracking().Where(r => chunk.Contains(r.Id)).ToListAsync(ct), cancellationToken);
        var cases = (await InChunks.LoadAsync(records.Select(r => r.CaseId), (chunk, ct) =>
            db.Cases.AsNoTracking().Where(c => chunk.Contains(c.Id)).ToListAsync(ct), cancellationToken)).ToDictionary(c => c.Id);
        var items = (await InChunks.LoadAsync(records.Select(r => r.Id), (chunk, ct) =>
            db.Set<ActionItem>().AsNoTracking().Where(i => chunk.Contains(i.CoachingRecordId)).ToListAsync(ct), cancellationToken))
            .ToLookup(i => i.CoachingRecordId);
        var personIds = records.Select(r => r.ReviewerId)
            .Concat(cases.Values.SelectMany(c => new[] { c.CaseworkerId, c.SupervisorId }))
            .Concat(items.SelectMany(g => g).Select(i => i.OwnerId));
        var people = (await InChunks.LoadAsync(personIds, (chunk, ct) =>
            db.People.AsNoTracking().Where(p => chunk.Contains(p.Id)).ToListAsync(ct), cancellationToken)).ToDictionary(p => p.Id);
        return records.ToDictionary(r => r.Id, r =>
        {
            var own = InChecklistOrder(items[r.Id]);
            var ids = own.Select(i => i.OwnerId).Append(cases[r.CaseId].CaseworkerId).Append(cases[r.CaseId].SupervisorId).Append(r.ReviewerId).ToHashSet();
            return new Checklist(r, cases[r.CaseId], own, ids.Where(people.ContainsKey).ToDictionary(id => id, id => people[id]));
        });
    }

    private static List<ActionItem> InChecklistOrder(IEnumerable<ActionItem> items) => items.OrderBy(i => i.DueOn).ThenBy(i => i.Id).ToList();

    public async Task<Checklist> WithPeopleAsync(CoachingRecord record, Cases.Case @case, IReadOnlyList<ActionItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(@case);
        var ids = items.Select(i => i.OwnerId).Append(@case.CaseworkerId).Append(@case.SupervisorId).Append(record.ReviewerId).Distinct().ToList();
        var people = await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        return new Checklist(record, @case, items, people);
    }
}

using CaseCoach.Core.Application;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.ActionItems;

/// <summary>
/// The person's own copy of each session checklist that waits on them, soonest first, and how many more there are
/// than <see cref="ListMyTasks.MostShown"/>.
/// </summary>
public sealed record MyTasks(Person Person, IReadOnlyList<ChecklistCopy> Checklists, int More);

/// <summary>
/// `my tasks`: the checklists with a step for this person. R18, R19: the case's caseworker and supervisor report on
/// its open items (done, or a barrier); the session's reviewer verifies or sends back what was reported done. Each
/// checklist is the same copy the card shows, so its buttons are the checklist's, re-authorised when pressed.
/// </summary>
public sealed class ListMyTasks(CaseCoachDbContext db, ActionItemWork work, ActionItemCalendar calendar)
{
    /// <summary>One answer stays readable (and within what a chat shows at once).</summary>
    public const int MostShown = 10;

    public static readonly Refusal NotSetUp = new(RefusalCode.NotAllowed, "my-tasks-not-set-up");

    public async Task<Result<MyTasks>> HandleAsync(Person? person, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (person is null) return NotSetUp;
        var waiting = await (
            from item in db.Set<ActionItem>().AsNoTracking()
            join c in db.Cases on item.CaseId equals c.Id
            join record in db.Set<CoachingRecord>() on item.CoachingRecordId equals record.Id
            where (item.Status == ActionItemStatus.Open && (c.CaseworkerId == person.Id || c.SupervisorId == person.Id))
                || (item.Status == ActionItemStatus.ReportedDone && record.ReviewerId == person.Id)
            select new { item.CoachingRecordId, item.DueOn }).ToListAsync(cancellationToken);
        var sessions = waiting.GroupBy(w => w.CoachingRecordId).OrderBy(g => g.Min(w => w.DueOn)).ThenBy(g => g.Key).Select(g => g.Key).ToList();
        var clock = await calendar.ClockAsync(now, cancellationToken);
        var shown = new List<ChecklistCopy>();
        foreach (var recordId in sessions.Take(MostShown))
            if (await work.LoadAsync(recordId, cancellationToken) is { } checklist)
                shown.Add(new ChecklistCopy(person, checklist, clock));
        return Result<MyTasks>.Done(new(person, shown, Math.Max(0, sessions.Count - MostShown)));
    }
}

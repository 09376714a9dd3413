using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.ActionItems;

/// <summary>One unverified item of `my tasks`, with the case it belongs to.</summary>
public sealed record MyTask(ActionItem Item, string CaseName);

/// <summary>The person's unverified items, soonest first, with the jurisdiction's clock to judge "overdue".</summary>
public sealed record MyTasks(Person Person, IReadOnlyList<MyTask> Tasks, ActionItemClock Clock);

/// <summary>`my tasks`: the open action items of the cases the person works (owner, caseworker or supervisor).</summary>
public sealed class ListMyTasks(CaseCoachDbContext db, ActionItemCalendar calendar)
{
    public static readonly Refusal NotSetUp = new(RefusalCode.NotAllowed, "my-tasks-not-set-up");

    public async Task<Result<MyTasks>> HandleAsync(Person? person, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (person is null) return NotSetUp;
        var clock = await calendar.ClockAsync(now, cancellationToken);
        var rows = await (
            from item in db.Set<ActionItem>().AsNoTracking()
            join c in db.Cases on item.CaseId equals c.Id
            where item.Status != ActionItemStatus.Verified
                && (item.OwnerId == person.Id || c.CaseworkerId == person.Id || c.SupervisorId == person.Id)
            orderby item.DueOn
            select new MyTask(item, c.Name)).ToListAsync(cancellationToken);
        return Result<MyTasks>.Done(new(person, rows, clock));
    }
}

using CaseCoach.Bot.Turns;
using CaseCoach.Cards;
using CaseCoach.Cards.ActionItems;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Application;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>`my tasks`: the open action items of the cases the person works (caseworker or supervisor), soonest first.</summary>
public sealed class MyTasksCommand(CaseCoachDbContext db, ICardRenderer cards, TurnActor actor, ActionItemCalendar calendar, RefusalResponses refusals)
    : IChatCommandHandler
{
    public static readonly Refusal NotSetUp = new(RefusalCode.NotAllowed, "my-tasks-not-set-up");

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await actor.PersonAsync(turn, cancellationToken) is not { } person)
        {
            turn.SendText(refusals.Text(NotSetUp));
            return;
        }

        var clock = await calendar.ClockAsync(actor.Now, cancellationToken);
        var rows = await (
            from item in db.Set<ActionItem>().AsNoTracking()
            join c in db.Cases on item.CaseId equals c.Id
            where item.Status != ActionItemStatus.Verified
                && (item.OwnerId == person.Id || c.CaseworkerId == person.Id || c.SupervisorId == person.Id)
            orderby item.DueOn
            select new { Item = item, CaseName = c.Name }).ToListAsync(cancellationToken);

        turn.SendCard(cards.Render(new MyTasksCard(rows.Select(r => new TaskListItem(
            r.Item.Id.ToString(),
            r.Item.Description,
            r.CaseName,
            clock.CloseOfBusinessOn(r.Item.DueOn),
            r.Item.Status == ActionItemStatus.ReportedDone
                ? "Reported done, waiting for verification"
                : DuePhrase.For(r.Item.DueOn, true, clock.Now, person.TimeZone),
            clock.IsOverdue(r.Item))).ToList())));
    }
}

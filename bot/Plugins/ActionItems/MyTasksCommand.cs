using CaseCoach.Bot.Turns;
using CaseCoach.Cards;
using CaseCoach.Cards.ActionItems;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>`my tasks`: the open action items of the cases the person works (caseworker or supervisor), soonest first.</summary>
public sealed class MyTasksCommand(CaseCoachDbContext db, ICardRenderer cards, ActionItemsContext context) : IChatCommandHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.AadObjectId == turn.UserAadObjectId, cancellationToken);
        if (person is null)
        {
            turn.SendText("You are not set up in CaseCoach yet, so there are no action items to show. Ask your administrator to add you.");
            return;
        }

        var clock = await context.ClockAsync(cancellationToken);
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

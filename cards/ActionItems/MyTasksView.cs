using CaseCoach.Cards.Text;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Cards.ActionItems;

/// <summary>`my tasks` as its card model: an item reported done says so; the others say how due they are in the reader's day.</summary>
public sealed class MyTasksView(ITextRenderer texts)
{
    public MyTasksCard Of(MyTasks tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var clock = tasks.Clock;
        return new MyTasksCard(tasks.Tasks.Select(t => new TaskListItem(
            t.Item.Id.ToString(),
            t.Item.Description,
            t.CaseName,
            clock.CloseOfBusinessOn(t.Item.DueOn),
            t.Item.Status == ActionItemStatus.ReportedDone
                ? texts.Render(ItemStatusText.Of(t.Item, clock))
                : texts.Render(DuePhraseText.For(t.Item.DueOn, true, clock.Now, tasks.Person.TimeZone)),
            clock.IsOverdue(t.Item))).ToList());
    }
}

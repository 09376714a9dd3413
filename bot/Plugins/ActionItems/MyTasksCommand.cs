using CaseCoach.Bot.Turns;
using CaseCoach.Cards.ActionItems;
using CaseCoach.Cards.Text;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// `my tasks` adapter: <see cref="ListMyTasks"/>, then the person's own view of each checklist that waits on them
/// (the checklist card itself, so done, barrier, verify and send back work from here as they do on the card), or
/// why there is none.
/// </summary>
public sealed class MyTasksCommand(ListMyTasks list, TurnActor actor, ActionItemCards cards, ITextRenderer texts, RefusalResponses refusals)
    : IChatCommandHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var result = await list.HandleAsync(await actor.PersonAsync(turn, cancellationToken), actor.Now, cancellationToken);
        if (result.Value is not { } tasks)
        {
            turn.SendText(refusals.Text(result.Refusal!));
            return;
        }
        if (tasks.Checklists.Count == 0) turn.SendText(texts.Render(new MyTasksNothingText()));
        foreach (var copy in tasks.Checklists) turn.SendCard(cards.Render(copy));
        if (tasks.More > 0) turn.SendText(texts.Render(new MyTasksMoreText(tasks.Checklists.Count, tasks.More)));
    }
}

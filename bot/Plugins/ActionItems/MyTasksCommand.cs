using CaseCoach.Bot.Turns;
using CaseCoach.Cards;
using CaseCoach.Cards.ActionItems;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>`my tasks` adapter: <see cref="ListMyTasks"/>, then the list card (or why there is none).</summary>
public sealed class MyTasksCommand(ListMyTasks list, TurnActor actor, MyTasksView view, ICardRenderer cards, RefusalResponses refusals)
    : IChatCommandHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var result = await list.HandleAsync(await actor.PersonAsync(turn, cancellationToken), actor.Now, cancellationToken);
        if (result.Value is { } tasks) turn.SendCard(cards.Render(view.Of(tasks)));
        else turn.SendText(refusals.Text(result.Refusal!));
    }
}

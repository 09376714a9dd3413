using CaseCoach.Bot.Turns;
using CaseCoach.Cards.Reviews;
using CaseCoach.Core.Reviews;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>`my reviews` adapter: <see cref="ListOpenReviews"/>, each with why it is listed and a Start button.</summary>
public sealed class MyReviewsCommand(ListOpenReviews list, TurnActor actor, ReviewCards cards, ReviewListItems items, RefusalResponses refusals)
    : IChatCommandHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var result = await list.HandleAsync(await actor.PersonAsync(turn, cancellationToken), cancellationToken);
        if (result.Value is { } open) turn.SendCard(cards.MyReviews(open.Select(items.For).ToList()));
        else turn.SendText(refusals.Text(result.Refusal!));
    }
}

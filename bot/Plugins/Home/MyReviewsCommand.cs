using CaseCoach.Bot.Turns;

namespace CaseCoach.Bot.Plugins.Home;

public sealed class MyReviewsCommand : IChatCommandHandler
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        turn.SendText("You have no case reviews due right now. I'll message you here when one is assigned to you.");
        return Task.CompletedTask;
    }
}

using CaseCoach.Bot.Turns;

namespace CaseCoach.Bot.Plugins.Home;

public sealed class HelpCommand(HomeCards cards) : IChatCommandHandler
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        turn.SendCard(cards.Help());
        return Task.CompletedTask;
    }
}

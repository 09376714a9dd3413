using CaseCoach.Bot.Turns;

namespace CaseCoach.Bot.Plugins.Home;

public sealed class MyTasksCommand : IChatCommandHandler
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        turn.SendText("You have no open action items. Nice work!");
        return Task.CompletedTask;
    }
}

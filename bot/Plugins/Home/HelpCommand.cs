using System.Text;
using CaseCoach.Bot.Turns;

namespace CaseCoach.Bot.Plugins.Home;

public sealed class HelpCommand(PluginCatalog catalog) : IChatCommandHandler
{
    public Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = new StringBuilder("Hi! I help your team with case reviews, coaching sessions and action items. You can type:\n\n");
        foreach (var (command, description) in catalog.Commands.OrderBy(c => c.Command, StringComparer.Ordinal))
            text.Append("- **").Append(command).Append("**: ").Append(description).Append('\n');
        turn.SendText(text.ToString());
        return Task.CompletedTask;
    }
}

using CaseCoach.Bot.Plugins;

namespace CaseCoach.Bot.Turns;

/// <summary>Routes a chat message to the plugin that owns its command.</summary>
public sealed class MessageRouter(PluginCatalog catalog, IServiceProvider services)
{
    public async Task<TurnOutcome> RouteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = MentionText.Strip(turn.Activity);
        if (text.Length == 0)
            return TurnOutcome.Ok; // a card submit or an attachment with no text: nothing to answer

        var handlerType = catalog.FindCommandHandler(text);
        if (handlerType is null)
        {
            turn.SendText($"Sorry, I don't know \"{Truncate(text)}\". Type **help** to see what I can do.");
            return TurnOutcome.Ok;
        }

        var handler = (IChatCommandHandler)services.GetRequiredService(handlerType);
        await handler.HandleAsync(turn, cancellationToken);
        return TurnOutcome.Ok;
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

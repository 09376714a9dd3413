using CaseCoach.Bot.Conversations;
using CaseCoach.Bot.Demo;
using CaseCoach.Bot.Plugins;
using CaseCoach.Bot.Plugins.Home;
using CaseCoach.Cards.Text;

namespace CaseCoach.Bot.Turns;

/// <summary>Routes a chat message to the plugin that owns its command.</summary>
public sealed class MessageRouter(PluginCatalog catalog, IServiceProvider services, PersonalChats chats, StrangerReply strangers, ITextRenderer texts)
{
    public async Task<TurnOutcome> RouteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var text = MentionText.Strip(turn.Activity);
        if (text.Length == 0)
            return TurnOutcome.Ok; // a card submit or an attachment with no text: nothing to answer

        var handlerType = catalog.FindCommandHandler(text);
        if (handlerType is null)
        {
            turn.SendText(texts.Render(new UnknownCommandText(Truncate(text))));
            return TurnOutcome.Ok;
        }

        if (handlerType != typeof(HelpCommand) && await strangers.TryAnswerAsync(turn, cancellationToken))
            return TurnOutcome.Ok;

        if (!IsPersonal(turn) && handlerType != typeof(HelpCommand))
        {
            // Reviews and tasks name families: in a channel or group chat the answer goes to the person's 1:1 chat.
            if (turn.UserAadObjectId is not { Length: > 0 } aad || await chats.FindAsync(aad, cancellationToken) is not { } personal)
            {
                turn.SendText(texts.Render(new PersonalChatOnlyText()));
                return TurnOutcome.Ok;
            }
            turn.ReplyTarget = personal;
            await RunAsync(handlerType, turn, cancellationToken);
            turn.ReplyTarget = turn.Reference;
            turn.SendText(texts.Render(new SentToPersonalChatText()));
            return TurnOutcome.Ok;
        }

        await RunAsync(handlerType, turn, cancellationToken);
        return TurnOutcome.Ok;
    }

    private Task RunAsync(Type handlerType, TurnContext turn, CancellationToken cancellationToken) =>
        ((IChatCommandHandler)services.GetRequiredService(handlerType)).HandleAsync(turn, cancellationToken);

    private static bool IsPersonal(TurnContext turn) => turn.Activity.Conversation?.ConversationType is null or "personal";

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

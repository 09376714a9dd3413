using CaseCoach.Bot.Connector.Schema;

namespace CaseCoach.Bot.Turns;

/// <summary>
/// Identifies one delivery of an activity. Teams resends an activity it got no answer for within
/// 15 seconds, with the same conversation id and activity id: that pair must have one effect.
/// </summary>
public sealed record TurnKey(string ConversationId, string ActivityId)
{
    public static TurnKey? From(Activity activity) =>
        activity is { Id: { Length: > 0 } id, Conversation.Id: { Length: > 0 } conversationId }
            ? new TurnKey(conversationId, id)
            : null;
}

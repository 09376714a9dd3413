using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Core.Conversations;

namespace CaseCoach.Bot.Turns;

/// <summary>The coordinates worth storing from an inbound activity, or null when it names no Entra user.</summary>
public static class ConversationCoordinatesOf
{
    public static ConversationCoordinates? Activity(Activity activity) => activity switch
    {
        { From.AadObjectId: { Length: > 0 } aad, ServiceUrl: { Length: > 0 } serviceUrl, Conversation.Id: { Length: > 0 } conversationId,
          Recipient.Id: { Length: > 0 } botId, From.Id: { Length: > 0 } userId } =>
            new ConversationCoordinates(aad, activity.TenantId, activity.ChannelId ?? "msteams", serviceUrl, conversationId,
                activity.Conversation.ConversationType, botId, userId),
        _ => null,
    };
}

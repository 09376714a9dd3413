using CaseCoach.Bot.Connector.Schema;

namespace CaseCoach.Bot.Connector.Http;

/// <summary>
/// The Bot Connector REST API v3 calls the bot makes (bot-protocol.md §2.3). The activity passed in is
/// not modified; what is sent is a copy completed from the reference (conversation, from).
/// </summary>
public interface IConversationClient
{
    /// <summary>POST v3/conversations/{id}/activities: a new message in the conversation.</summary>
    Task<ConnectorResult> SendToConversationAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken);

    /// <summary>POST v3/conversations/{id}/activities/{replyToId}: a reply (in channels, into the thread).</summary>
    Task<ConnectorResult> ReplyToActivityAsync(ConversationReference reference, string replyToId, Activity activity, CancellationToken cancellationToken);

    /// <summary>PUT v3/conversations/{id}/activities/{activityId}: replaces a message the bot sent (e.g. a card).</summary>
    Task<ConnectorResult> UpdateActivityAsync(ConversationReference reference, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>POST v3/conversations: opens a conversation; <see cref="ConnectorResult.Sent.Id"/> is its id.</summary>
    Task<ConnectorResult> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);
}

namespace CaseCoach.Core.Conversations;

/// <summary>
/// Where a proactive message to one person goes: the parts of a Bot Framework conversation
/// reference the outbound Connector needs. <see cref="UserId"/> is the channel's user id ("29:...").
/// </summary>
public sealed record ConversationCoordinates(
    string AadObjectId,
    string? TenantId,
    string ChannelId,
    string ServiceUrl,
    string ConversationId,
    string? ConversationType,
    string BotId,
    string UserId);

using System.Text.Json;

namespace CaseCoach.Bot.Connector.Schema;

/// <summary>Body of POST v3/conversations (create a 1:1 conversation for proactive messages).</summary>
public sealed record ConversationParameters(
    bool IsGroup,
    ChannelAccount Bot,
    IReadOnlyList<ChannelAccount> Members,
    string? TenantId,
    JsonElement? ChannelData = null,
    Activity? Activity = null,
    string? TopicName = null);

/// <summary>Answer of POST v3/conversations.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);

/// <summary>Answer of a send, reply or update.</summary>
public sealed record ResourceResponse(string? Id);

using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;

namespace CaseCoach.Bot.Connector.Http;

/// <summary>Builds the create-conversation body for a proactive 1:1 chat in Teams (bot-protocol.md §2.6).</summary>
public static class PersonalConversation
{
    /// <param name="botAppId">The bot's MicrosoftAppId; the bot account is "28:&lt;appId&gt;".</param>
    /// <param name="userId">The user's "29:" id, or their Entra object id when the app is installed for them.</param>
    /// <param name="tenantId">The user's tenant; Teams wants it both top-level and in channelData.tenant.id.</param>
    public static ConversationParameters Parameters(string botAppId, string userId, string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(botAppId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var channelData = JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId } }, BotJson.Options);
        return new ConversationParameters(
            IsGroup: false,
            Bot: new ChannelAccount { Id = "28:" + botAppId },
            Members: [new ChannelAccount { Id = userId }],
            TenantId: tenantId,
            ChannelData: channelData);
    }
}

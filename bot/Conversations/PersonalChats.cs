using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Conversations;

/// <summary>
/// Where to reach one person privately: the newest stored 1:1 conversation with the bot. Anything
/// about a case goes there, never to a channel or group chat. Null when the person never installed the bot.
/// </summary>
public sealed class PersonalChats(CaseCoachDbContext db)
{
    public async Task<ConversationReference?> FindAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var record = await db.Conversations.AsNoTracking()
            .Where(c => c.AadObjectId == aadObjectId && (c.ConversationType == "personal" || c.ConversationType == null))
            .OrderByDescending(c => c.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (record is null)
            return null;
        var c = record.Coordinates;
        return new ConversationReference(c.ServiceUrl, c.ConversationId, c.ChannelId, c.TenantId, c.BotId, c.UserId, c.AadObjectId, c.ConversationType);
    }
}

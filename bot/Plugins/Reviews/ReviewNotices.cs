using System.Text.Json;
using CaseCoach.Bot.Connector.Http;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

using CaseCoach.Bot.Conversations;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>Proactive cards to a person's stored 1:1 conversation, written to the outbox in the caller's transaction.</summary>
public sealed class ReviewNotices(PersonalChats chats, OutboxWriter outbox, ILogger<ReviewNotices> logger)
{
    /// <returns>false when the person has not installed the bot, so there is nowhere to send.</returns>
    public async Task<bool> SendCardAsync(Person person, string idempotencyKey, JsonElement card, string what, CancellationToken cancellationToken)
    {
        if (await chats.FindAsync(person.AadObjectId, cancellationToken) is not { } reference)
        {
            Log.NoConversation(logger, person.Id, what);
            return false;
        }

        var activity = new Activity { Type = "message", Attachments = [Attachment.AdaptiveCard(card)] };
        outbox.Enqueue(TeamsOutbox.MessageKind, idempotencyKey, TeamsOutbox.MessagePayload(reference, activity));
        return true;
    }
}

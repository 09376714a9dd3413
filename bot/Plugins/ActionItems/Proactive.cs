using CaseCoach.Bot.Connector.Http;
using CaseCoach.Bot.Conversations;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>Messages to a person's 1:1 chat with the bot, through the outbox; a person who never installed the bot has none.</summary>
public sealed class Proactive(PersonalChats chats, OutboxWriter outbox)
{
    public Task<ConversationReference?> ReferenceAsync(Person person, CancellationToken cancellationToken) =>
        chats.FindAsync(person.AadObjectId, cancellationToken);

    /// <summary>Queues <paramref name="activity"/> for <paramref name="person"/>; false when they have no chat with the bot.</summary>
    public async Task<bool> SendAsync(Person person, string idempotencyKey, Activity activity, CancellationToken cancellationToken)
    {
        if (await ReferenceAsync(person, cancellationToken) is not { } reference)
            return false;
        outbox.Enqueue(TeamsOutbox.MessageKind, idempotencyKey, TeamsOutbox.MessagePayload(reference, activity));
        return true;
    }
}

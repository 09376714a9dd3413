using System.Text.Json;
using CaseCoach.Bot.Connector.Http;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Conversations;
using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Outbox;

namespace CaseCoach.Bot.Outbound;

/// <summary>
/// Messages to one person's 1:1 chat with the bot (their stored personal conversation), written to the outbox in the
/// caller's transaction. Anything about a case goes here, never to a channel. Keyed by <see cref="OutboxKeys"/>.
/// </summary>
public sealed class PersonalMessenger(PersonalChats chats, OutboxWriter outbox, ILogger<PersonalMessenger> logger)
{
    public Task<ConversationReference?> ReferenceAsync(Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        return chats.FindAsync(person.AadObjectId, cancellationToken);
    }

    /// <returns>false when the person never installed the bot, so there is nowhere to send (logged, not an error).</returns>
    public async Task<bool> SendAsync(Person recipient, Cause cause, Activity activity, CancellationToken cancellationToken)
    {
        if (await ReferenceAsync(recipient, cancellationToken) is not { } reference)
        {
            Log.NoConversation(logger, recipient.Id, cause.Name);
            return false;
        }
        outbox.Enqueue(TeamsOutbox.MessageKind, OutboxKeys.For(cause, OutboxKeys.Teams, recipient.AadObjectId),
            TeamsOutbox.MessagePayload(reference, activity));
        return true;
    }

    public Task<bool> SendCardAsync(Person recipient, Cause cause, JsonElement card, CancellationToken cancellationToken) =>
        SendAsync(recipient, cause, CardActivity(card), cancellationToken);

    public Task<bool> SendTextAsync(Person recipient, Cause cause, string text, CancellationToken cancellationToken) =>
        SendAsync(recipient, cause, new Activity { Type = "message", Text = text }, cancellationToken);

    public static Activity CardActivity(JsonElement card) => new() { Type = "message", Attachments = [Attachment.AdaptiveCard(card)] };
}

using System.Text.Json;
using CaseCoach.Bot.Connector.Http;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Conversations;
using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Outbound;

/// <summary>One delivered 1:1 copy of a card: where it is and the activity id Teams gave it.</summary>
public sealed record DeliveredCard(string RecipientAadObjectId, ConversationReference Reference, string ActivityId);

/// <summary>
/// The delivered copy of a card sent for a cause, so it can be replaced in place. The outbox rows are the store: a
/// delivered "teams.message" row keeps its payload (the conversation) and the activity id Teams returned.
/// </summary>
public sealed class DeliveredCards(CaseCoachDbContext db, OutboxWriter outbox, PersonalChats chats)
{
    /// <summary>
    /// The recipient's delivered copy of a cause's card, if any. Every cause a card is replaced for names its recipient
    /// (one copy per person), and the key is unique, so this is one lookup on the key's index: a prefix search (LIKE)
    /// scanned the whole outbox on SQLite, since its LIKE ignores case and so cannot use the index (issue 14).
    /// </summary>
    public async Task<DeliveredCard?> FindAsync(Cause cause, Person recipient, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var key = OutboxKeys.For(cause, OutboxKeys.Teams, recipient.AadObjectId);
        var row = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.IdempotencyKey == key && (m.Kind == TeamsOutbox.MessageKind || m.Kind == NoticeOutbox.Kind))
            .Select(m => new { m.Kind, m.Payload, m.ExternalId })
            .SingleOrDefaultAsync(cancellationToken);
        // Not yet delivered, or delivered by its email twin: no card in Teams to replace.
        if (row is not { ExternalId: { } activityId } || activityId.StartsWith(NoticeOutbox.EmailDelivered, StringComparison.Ordinal)) return null;
        // A notice is sent to the chat found (or opened) at delivery: the stored chat is where it went.
        var reference = row.Kind == TeamsOutbox.MessageKind
            ? JsonSerializer.Deserialize<TeamsMessagePayload>(row.Payload, BotJson.Options)!.Reference
            : await chats.FindAsync(recipient.AadObjectId, cancellationToken) ?? JsonSerializer.Deserialize<NoticePayload>(row.Payload, BotJson.Options)!.Reference;
        return reference is null ? null : new DeliveredCard(recipient.AadObjectId, reference, activityId);
    }

    /// <param name="revision">What this version of the card is (an entity version, or a fresh id), so each update is sent once.</param>
    public void Replace(Cause cause, DeliveredCard copy, JsonElement card, string revision)
    {
        ArgumentNullException.ThrowIfNull(copy);
        var activity = PersonalMessenger.CardActivity(card);
        activity.Id = copy.ActivityId;
        outbox.Enqueue(TeamsOutbox.UpdateKind, OutboxKeys.For(cause, OutboxKeys.TeamsUpdate, $"{copy.ActivityId}:{revision}"),
            TeamsOutbox.UpdatePayload(copy.Reference, copy.ActivityId, activity));
    }
}

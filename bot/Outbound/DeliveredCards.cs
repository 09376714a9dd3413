using System.Text.Json;
using CaseCoach.Bot.Connector.Http;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Conversations;
using CaseCoach.Core.Application;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Outbound;

/// <summary>One delivered 1:1 copy of a card: where it is and the activity id Teams gave it.</summary>
public sealed record DeliveredCard(string RecipientAadObjectId, ConversationReference Reference, string ActivityId);

/// <summary>
/// Every copy of a card sent for a cause, so all can be replaced in place. The outbox rows are the store: a
/// delivered "teams.message" row keeps its payload (the conversation) and the activity id Teams returned.
/// </summary>
public sealed class DeliveredCards(CaseCoachDbContext db, OutboxWriter outbox, PersonalChats chats)
{
    public async Task<IReadOnlyList<DeliveredCard>> FindAsync(Cause cause, CancellationToken cancellationToken)
    {
        var prefix = OutboxKeys.TeamsPrefix(cause);
        // A notice its email twin delivered has no card in Teams to replace.
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => (m.Kind == TeamsOutbox.MessageKind || m.Kind == NoticeOutbox.Kind) && m.IdempotencyKey.StartsWith(prefix)
                && m.ExternalId != null && !m.ExternalId.StartsWith(NoticeOutbox.EmailDelivered))
            .OrderBy(m => m.Id)
            .Select(m => new { m.Kind, m.IdempotencyKey, m.Payload, m.ExternalId })
            .ToListAsync(cancellationToken);
        var copies = new List<DeliveredCard>(rows.Count);
        foreach (var r in rows)
        {
            var recipient = r.IdempotencyKey[prefix.Length..];
            // A notice is sent to the chat found (or opened) at delivery: the stored chat is where it went.
            var reference = r.Kind == TeamsOutbox.MessageKind
                ? JsonSerializer.Deserialize<TeamsMessagePayload>(r.Payload, BotJson.Options)!.Reference
                : await chats.FindAsync(recipient, cancellationToken) ?? JsonSerializer.Deserialize<NoticePayload>(r.Payload, BotJson.Options)!.Reference;
            if (reference is not null) copies.Add(new DeliveredCard(recipient, reference, r.ExternalId!));
        }
        return copies;
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

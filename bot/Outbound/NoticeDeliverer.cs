using System.Text.Json;
using CaseCoach.Bot.Connector.Http;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Conversations;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Mail;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Outbound;

/// <summary>
/// Delivers "notice" rows by the first channel that can: the stored 1:1 chat, else a chat opened by installing the
/// bot for the person, else the email twin (installation refused, no Teams, or a Connector failure on the last
/// attempt of the retry budget). Only then are its receipts written (R24). Nothing left: Failed, which the QA
/// supervisor is shown (<see cref="StuckAlarm"/>, `stuck`).
/// </summary>
internal sealed class NoticeDeliverer(
    PersonalChats chats, IPersonalChatOpener opener, IConversationClient connector, IMailSender mail, DeliveryReceipts receipts,
    CaseCoachDbContext db, TimeProvider time, IOptions<OutboxOptions> options) : IOutboxDeliverer
{
    public string Kind => NoticeOutbox.Kind;

    public async Task<DeliveryResult> DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        NoticePayload? payload;
        try { payload = JsonSerializer.Deserialize<NoticePayload>(message.Payload, BotJson.Options); }
        catch (JsonException) { payload = null; }
        if (payload is not { Activity: not null, RecipientAadObjectId.Length: > 0 })
            return new DeliveryResult.Failed("Unreadable notice payload: it needs recipient and activity.");

        var lastAttempt = message.Attempt >= options.Value.MaxAttempts;
        var (teams, whyNotTeams) = await TryTeamsAsync(payload, lastAttempt, cancellationToken);
        if (teams is DeliveryResult.Delivered or DeliveryResult.RetryLater)
            return await ReceiptedAsync(teams, payload, cancellationToken);
        if (payload.EmailedAlongside)
            // Its own email (a row of its own, retried and shown as stuck on its own) carries it: one email, not two.
            return await ReceiptedAsync(new DeliveryResult.Delivered(NoticeOutbox.EmailedAlongside), payload, cancellationToken);
        if (payload.Email is not { } email)
            return new DeliveryResult.Failed($"Teams: {whyNotTeams}; no email twin.");

        return await mail.SendAsync(email, cancellationToken) switch
        {
            MailSendResult.Sent sent => await ReceiptedAsync(
                new DeliveryResult.Delivered(NoticeOutbox.EmailDelivered + (sent.ProviderMessageId ?? email.IdempotencyKey)), payload, cancellationToken),
            MailSendResult.Transient t => new DeliveryResult.RetryLater($"Teams: {whyNotTeams}; email: {t.Reason}", t.RetryAfter),
            MailSendResult.Rejected r => new DeliveryResult.Failed($"Teams: {whyNotTeams}; email: {r.Reason}"),
            var other => throw new InvalidOperationException($"Unknown mail result {other.GetType().Name}"),
        };
    }

    /// <returns>Delivered or RetryLater when Teams settled it; otherwise null and why Teams cannot deliver it.</returns>
    private async Task<(DeliveryResult? Result, string? WhyNot)> TryTeamsAsync(NoticePayload payload, bool lastAttempt, CancellationToken cancellationToken)
    {
        var reference = await chats.FindAsync(payload.RecipientAadObjectId, cancellationToken) ?? payload.Reference;
        if (reference is null)
        {
            switch (await opener.OpenAsync(payload.RecipientAadObjectId, cancellationToken))
            {
                case ChatOpening.Opened opened: reference = opened.Reference; break;
                case ChatOpening.Impossible impossible: return (null, impossible.Reason);
                case ChatOpening.TryLater later when !lastAttempt: return (new DeliveryResult.RetryLater(later.Reason, later.After), null);
                case ChatOpening.TryLater later: return (null, $"{later.Reason} (retry budget spent)");
            }
        }

        var result = (await connector.SendToConversationAsync(reference!, payload.Activity, cancellationToken)).ToDeliveryResult();
        return result switch
        {
            DeliveryResult.Delivered => (result, null),
            DeliveryResult.RetryLater later when !lastAttempt => (result, null),
            DeliveryResult.RetryLater later => (null, $"{later.Reason} (retry budget spent)"),
            DeliveryResult.Failed failed => (null, failed.Reason),
            _ => (null, "unknown Connector outcome"),
        };
    }

    private async Task<DeliveryResult> ReceiptedAsync(DeliveryResult result, NoticePayload payload, CancellationToken cancellationToken)
    {
        if (result is DeliveryResult.Delivered && payload.Receipts is { Count: > 0 } due)
        {
            // Written before the row is marked delivered: a crash in between redelivers, and known receipts are skipped.
            await receipts.AddAsync(due, time.GetUtcNow(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return result;
    }
}

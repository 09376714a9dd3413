using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Conversations;
using CaseCoach.Cards;
using CaseCoach.Cards.Mail;
using CaseCoach.Core.Application;
using CaseCoach.Core.Mail;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Outbox;

namespace CaseCoach.Bot.Outbound;

/// <summary>
/// Messages to one person's 1:1 chat with the bot, written to the outbox in the caller's transaction as a "notice"
/// row that carries its email twin (<see cref="NoticeDeliverer"/> picks the channel when it delivers). Anything about
/// a case goes here, never to a channel. Keyed by <see cref="OutboxKeys"/> (the Teams channel: one per cause and person).
/// </summary>
public sealed class PersonalMessenger(PersonalChats chats, OutboxWriter outbox, IEmailTemplateRenderer templates)
{
    private readonly ReadOnce<string, ConversationReference?> _references = new(StringComparer.Ordinal);

    /// <summary>
    /// The chat known when a message is written, read once per person per scope: a sweep run writes many messages to
    /// the same people. Only a hint: the deliverer looks the chat up again (<see cref="NoticeDeliverer"/>).
    /// </summary>
    public Task<ConversationReference?> ReferenceAsync(Person person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        return _references.GetAsync(person.AadObjectId, chats.FindAsync, cancellationToken);
    }

    /// <returns>true: the message is queued, for the chat or (failing that) the person's email.</returns>
    public Task<bool> SendAsync(Person recipient, Cause cause, Activity activity, CancellationToken cancellationToken) =>
        SendAsync(recipient, cause, activity, cause.Name, [], cancellationToken);

    /// <param name="emailTwin">The twin's template (cards/email/notice-TWIN.*), see <see cref="Notice.EmailTwin"/>.</param>
    /// <param name="receipts">Fidelity events to write once a channel delivered it.</param>
    /// <param name="emailedAlongside">The person gets the same content by an email of its own (<see cref="Notice.EmailedAlongside"/>): no twin.</param>
    public async Task<bool> SendAsync(Person recipient, Cause cause, Activity activity, string emailTwin,
        IReadOnlyList<DeliveryReceipt> receipts, CancellationToken cancellationToken, bool emailedAlongside = false)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(cause);
        ArgumentNullException.ThrowIfNull(activity);
        var reference = await ReferenceAsync(recipient, cancellationToken);
        var email = emailedAlongside ? null : await TwinAsync(recipient, cause, activity, emailTwin, cancellationToken);
        outbox.Enqueue(NoticeOutbox.Kind, OutboxKeys.For(cause, OutboxKeys.Teams, recipient.AadObjectId),
            JsonSerializer.Serialize(new NoticePayload(recipient.AadObjectId, reference, activity, email, receipts) { EmailedAlongside = emailedAlongside }, BotJson.Options));
        return true;
    }

    public Task<bool> SendCardAsync(Person recipient, Cause cause, JsonElement card, CancellationToken cancellationToken) =>
        SendAsync(recipient, cause, CardActivity(card), cancellationToken);

    public Task<bool> SendTextAsync(Person recipient, Cause cause, string text, CancellationToken cancellationToken) =>
        SendAsync(recipient, cause, new Activity { Type = "message", Text = text }, cancellationToken);

    public static Activity CardActivity(JsonElement card) => Outbound.CardActivity.For(card);

    /// <summary>The same message as an email: the card's or text's own lines in the twin's template.</summary>
    private async Task<EmailMessage> TwinAsync(Person recipient, Cause cause, Activity activity, string twin, CancellationToken cancellationToken)
    {
        var lines = activity.Attachments is [{ Content: { } card }, ..] ? CardText.Lines(card) : CardText.Lines(activity.Text ?? "");
        var rendered = await templates.RenderAsync(NoticeEmail.TemplateFor(twin, templates),
            new NoticeEmail(Phrasing.FirstName(recipient.Name), lines), cancellationToken);
        var to = new CaseCoach.Core.Mail.EmailAddress(recipient.Email, recipient.Name);
        return new EmailMessage(OutboxKeys.ForEmail(cause, [to.Address]), [to], [], rendered.Subject, rendered.Html, rendered.Text);
    }
}

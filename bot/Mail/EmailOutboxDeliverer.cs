using System.Text.Json;
using CaseCoach.Core.Mail;
using CaseCoach.Core.Outbox;

namespace CaseCoach.Bot.Mail;

/// <summary>Delivers outbox rows of kind "email": the payload is a JSON-serialised <see cref="EmailMessage"/>.</summary>
internal sealed class EmailOutboxDeliverer(IMailSender sender, ILogger<EmailOutboxDeliverer> logger) : IOutboxDeliverer
{
    public const string EmailKind = "email";

    // Web defaults read both camelCase and PascalCase, whichever the writer of the row used.
    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web);

    public string Kind => EmailKind;

    public async Task<DeliveryResult> DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (email, problem) = Read(message);
        if (email is null)
        {
            Log.MalformedPayload(logger, message.Id, problem!);
            return new DeliveryResult.Failed($"Malformed email payload: {problem}");
        }

        return await sender.SendAsync(email, cancellationToken) switch
        {
            MailSendResult.Sent sent => new DeliveryResult.Delivered(sent.ProviderMessageId),
            MailSendResult.Transient transient => new DeliveryResult.RetryLater(transient.Reason, transient.RetryAfter),
            MailSendResult.Rejected rejected => new DeliveryResult.Failed(rejected.Reason),
            var other => throw new InvalidOperationException($"Unknown mail result {other.GetType().Name}"),
        };
    }

    private static (EmailMessage? Email, string? Problem) Read(OutboxEnvelope envelope)
    {
        EmailMessage? email;
        try
        {
            email = JsonSerializer.Deserialize<EmailMessage>(envelope.Payload, PayloadJson);
        }
        catch (JsonException ex)
        {
            return (null, $"not valid EmailMessage JSON ({ex.Message})");
        }

        if (email is null)
        {
            return (null, "the payload is JSON null");
        }

        // Missing members arrive as null despite the non-nullable record: settle them here, once.
        email = email with
        {
            IdempotencyKey = string.IsNullOrWhiteSpace(email.IdempotencyKey) ? envelope.IdempotencyKey : email.IdempotencyKey,
            To = email.To ?? [],
            Cc = email.Cc ?? [],
            Subject = email.Subject ?? "",
            HtmlBody = email.HtmlBody ?? "",
            TextBody = email.TextBody ?? "",
        };
        return email switch
        {
            { IdempotencyKey: null or "" } => (null, "no idempotency key"),
            { To.Count: 0, Cc.Count: 0 } => (null, "no recipient in to or cc"),
            _ when email.To.Concat(email.Cc).Any(a => a is null || string.IsNullOrWhiteSpace(a.Address)) => (null, "a recipient has no address"),
            { HtmlBody: "", TextBody: "" } => (null, "no body"),
            _ => (email, null),
        };
    }
}

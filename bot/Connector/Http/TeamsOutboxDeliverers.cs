using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Core.Outbox;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Bot.Connector.Http;

/// <summary>
/// Delivers "teams.message" rows. The Connector has no idempotency key, so a crash between the send
/// and the dispatcher recording it can post the message twice; that is the outbox's at-least-once.
/// </summary>
internal sealed class TeamsMessageDeliverer(IConversationClient connector, ILogger<TeamsMessageDeliverer> logger) : IOutboxDeliverer
{
    public string Kind => TeamsOutbox.MessageKind;

    public async Task<DeliveryResult> DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        if (TeamsPayloadReader.Read<TeamsMessagePayload>(message, logger, p => p.Reference is not null && p.Activity is not null) is not { } payload)
        {
            return new DeliveryResult.Failed("Unreadable teams.message payload: it needs reference and activity.");
        }

        var result = payload.Activity.ReplyToId is { Length: > 0 } replyToId
            ? await connector.ReplyToActivityAsync(payload.Reference, replyToId, payload.Activity, cancellationToken)
            : await connector.SendToConversationAsync(payload.Reference, payload.Activity, cancellationToken);
        return result.ToDeliveryResult();
    }
}

/// <summary>Delivers "teams.update" rows: PUT the new activity over the one the bot sent earlier.</summary>
internal sealed class TeamsUpdateDeliverer(IConversationClient connector, ILogger<TeamsUpdateDeliverer> logger) : IOutboxDeliverer
{
    public string Kind => TeamsOutbox.UpdateKind;

    public async Task<DeliveryResult> DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        if (TeamsPayloadReader.Read<TeamsUpdatePayload>(message, logger,
                p => p.Reference is not null && p.Activity is not null && !string.IsNullOrEmpty(p.ActivityId)) is not { } payload)
        {
            return new DeliveryResult.Failed("Unreadable teams.update payload: it needs reference, activityId and activity.");
        }

        var result = await connector.UpdateActivityAsync(payload.Reference, payload.ActivityId, payload.Activity, cancellationToken);
        return result.ToDeliveryResult();
    }
}

internal static class TeamsPayloadReader
{
    public static T? Read<T>(OutboxEnvelope message, ILogger logger, Func<T, bool> isComplete) where T : class
    {
        try
        {
            var payload = JsonSerializer.Deserialize<T>(message.Payload, BotJson.Options);
            if (payload is not null && isComplete(payload))
            {
                return payload;
            }

            Log.BadPayload(logger, message.Id, message.Kind, "required fields missing");
        }
        catch (JsonException e)
        {
            Log.BadPayload(logger, message.Id, message.Kind, e.Message);
        }

        return null;
    }
}

/// <summary>How a Connector outcome becomes an outbox outcome: throttling and transient errors come back later, a gone recipient never.</summary>
public static class ConnectorResultExtensions
{
    public static DeliveryResult ToDeliveryResult(this ConnectorResult result) => result switch
    {
        ConnectorResult.Sent sent => new DeliveryResult.Delivered(sent.Id),
        ConnectorResult.Throttled throttled => new DeliveryResult.RetryLater("Connector throttled (429).", throttled.RetryAfter),
        ConnectorResult.RecipientGone gone => new DeliveryResult.Failed($"Recipient gone ({Describe(gone.Status, gone.Code)}): the bot can no longer post to this conversation."),
        ConnectorResult.Failed { Transient: true } failed => new DeliveryResult.RetryLater($"Connector failed ({Describe(failed.Status, failed.Code)}), will retry.", failed.RetryAfter),
        ConnectorResult.Failed failed => new DeliveryResult.Failed($"Connector refused ({Describe(failed.Status, failed.Code)})."),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "Unknown Connector result."),
    };

    private static string Describe(int? status, string? code) =>
        string.Join(' ', new[] { status?.ToString(System.Globalization.CultureInfo.InvariantCulture), code }.Where(s => s is not null));
}

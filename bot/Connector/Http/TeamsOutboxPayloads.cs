using System.Text.Json;
using CaseCoach.Bot.Connector.Schema;

namespace CaseCoach.Bot.Connector.Http;

/// <summary>Payload of an outbox row of kind "teams.message": send (or reply, when ReplyToId is set) the activity.</summary>
public sealed record TeamsMessagePayload(ConversationReference Reference, Activity Activity);

/// <summary>Payload of an outbox row of kind "teams.update": replace the bot's message ActivityId with the activity.</summary>
public sealed record TeamsUpdatePayload(ConversationReference Reference, string ActivityId, Activity Activity);

/// <summary>Kinds and payload JSON for producers that write Teams outbox rows in their transaction.</summary>
public static class TeamsOutbox
{
    public const string MessageKind = "teams.message";
    public const string UpdateKind = "teams.update";

    public static string MessagePayload(ConversationReference reference, Activity activity) =>
        JsonSerializer.Serialize(new TeamsMessagePayload(reference, activity), BotJson.Options);

    public static string UpdatePayload(ConversationReference reference, string activityId, Activity activity) =>
        JsonSerializer.Serialize(new TeamsUpdatePayload(reference, activityId, activity), BotJson.Options);
}

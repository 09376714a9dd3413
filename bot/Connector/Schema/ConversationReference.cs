namespace CaseCoach.Bot.Connector.Schema;

/// <summary>What the bot needs to message a conversation later (proactively).</summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string ConversationId,
    string ChannelId,
    string? TenantId,
    string? BotId,
    string? UserId,
    string? AadObjectId,
    string? ConversationType)
{
    public static ConversationReference From(Activity activity) => new(
        activity.ServiceUrl ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(activity)),
        activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity)),
        activity.ChannelId ?? "msteams",
        activity.TenantId,
        activity.Recipient?.Id,
        activity.From?.Id,
        activity.From?.AadObjectId,
        activity.Conversation?.ConversationType);
}

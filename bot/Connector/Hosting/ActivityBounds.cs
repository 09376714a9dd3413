using CaseCoach.Bot.Connector.Schema;

namespace CaseCoach.Bot.Connector.Hosting;

/// <summary>
/// Every id and name the bot stores or builds keys from is bounded and free of control characters before the
/// turn sees it, so an oversized or odd value is a 400 that names the field, never a database error. The
/// limits are the columns' (ConversationRecordConfiguration, ProcessedActivityConfiguration), comfortably above
/// what Teams sends.
/// </summary>
public static class ActivityBounds
{
    public static string? Check(Activity activity) =>
        Id("type", activity.Type, 64)
        ?? Id("id", activity.Id, 200)
        ?? Id("replyToId", activity.ReplyToId, 200)
        ?? Id("channelId", activity.ChannelId, 64)
        ?? Id("serviceUrl", activity.ServiceUrl, 512)
        ?? Id("name", activity.Name, 128)
        ?? Id("locale", activity.Locale, 32)
        ?? Id("conversation.id", activity.Conversation?.Id, 400)
        ?? Id("conversation.conversationType", activity.Conversation?.ConversationType, 32)
        ?? Id("tenant id", activity.TenantId, 64)
        ?? Account("from", activity.From, 200)
        ?? Account("recipient", activity.Recipient, 128)
        ?? Members("membersAdded", activity.MembersAdded)
        ?? Members("membersRemoved", activity.MembersRemoved);

    private const int MaxMembers = 256;

    private static string? Account(string field, ChannelAccount? account, int idLength) =>
        account is null ? null
        : Id($"{field}.id", account.Id, idLength) ?? Id($"{field}.aadObjectId", account.AadObjectId, 64) ?? Name($"{field}.name", account.Name);

    private static string? Members(string field, List<ChannelAccount>? members)
    {
        if (members is null) return null;
        if (members.Count > MaxMembers) return $"'{field}' has more than {MaxMembers} entries.";
        foreach (var member in members)
            if ((member is null ? $"'{field}' contains an empty entry." : Account(field, member, 200)) is { } error)
                return error;
        return null;
    }

    private static string? Id(string field, string? value, int maxLength) =>
        value is null ? null
        : value.Length > maxLength ? $"'{field}' is longer than {maxLength} characters."
        : value.Any(char.IsControl) ? $"'{field}' contains control characters."
        : null;

    private static string? Name(string field, string? value) =>
        value is { Length: > 256 } ? $"'{field}' is longer than 256 characters." : null;
}

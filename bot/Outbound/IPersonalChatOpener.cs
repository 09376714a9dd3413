using CaseCoach.Bot.Connector.Schema;

namespace CaseCoach.Bot.Outbound;

/// <summary>
/// Opens a 1:1 chat with a person who has none stored, by installing the bot's Teams app for them (Microsoft Graph)
/// and keeping the chat's coordinates, so later messages find it like any other.
/// </summary>
public interface IPersonalChatOpener
{
    Task<ChatOpening> OpenAsync(string aadObjectId, CancellationToken cancellationToken);
}

public abstract record ChatOpening
{
    private ChatOpening() { }

    public sealed record Opened(ConversationReference Reference) : ChatOpening;

    /// <summary>Teams cannot reach this person (installation refused, no Teams licence, not configured): use email.</summary>
    public sealed record Impossible(string Reason) : ChatOpening;

    public sealed record TryLater(string Reason, TimeSpan? After = null) : ChatOpening;
}

/// <summary>Used while no Teams app id is configured (<c>Teams:CatalogAppId</c>): nobody can be reached without a stored chat.</summary>
internal sealed class NoPersonalChatOpener : IPersonalChatOpener
{
    public Task<ChatOpening> OpenAsync(string aadObjectId, CancellationToken cancellationToken) =>
        Task.FromResult<ChatOpening>(new ChatOpening.Impossible("no 1:1 chat, and proactive installation is off (set Teams:CatalogAppId)"));
}

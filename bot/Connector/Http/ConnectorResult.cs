namespace CaseCoach.Bot.Connector.Http;

/// <summary>
/// The classified outcome of one Connector call. Expected outcomes are results, not exceptions,
/// so callers (the outbox deliverers) can decide between done, later and never.
/// </summary>
public abstract record ConnectorResult
{
    private ConnectorResult() { }

    /// <summary>Accepted; <paramref name="Id"/> is the activity id (send, reply, update) or the new conversation id (create).</summary>
    public sealed record Sent(string? Id) : ConnectorResult;

    /// <summary>429 after the in-process retries, or a Retry-After longer than Connector:MaxRetryAfter.</summary>
    public sealed record Throttled(TimeSpan? RetryAfter) : ConnectorResult;

    /// <summary>403 or 404 (e.g. BotNotInConversationRoster, ConversationBlockedByUser): stop sending to this conversation.</summary>
    public sealed record RecipientGone(int Status, string? Code) : ConnectorResult;

    /// <summary>
    /// Anything else. <paramref name="Status"/> is null when no HTTP answer came (untrusted serviceUrl,
    /// network error, timeout, no token); <paramref name="Transient"/> says whether trying later may help, and
    /// <paramref name="RetryAfter"/> is a 503's Retry-After.
    /// </summary>
    public sealed record Failed(int? Status, string? Code, bool Transient, TimeSpan? RetryAfter = null) : ConnectorResult;
}
